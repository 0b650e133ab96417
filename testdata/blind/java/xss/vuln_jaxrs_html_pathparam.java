package com.example.profiles;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

@Path("/u")
public class ProfileBadgeResource {

    @GET
    @Path("/{handle}/badge")
    @Produces(MediaType.TEXT_HTML)
    public Response badge(@PathParam("handle") String handle) {
        String html = String.format("<span class='badge'>@%s</span>", handle);
        return Response.ok(html).build(); // LABEL: CWE-79
    }
}

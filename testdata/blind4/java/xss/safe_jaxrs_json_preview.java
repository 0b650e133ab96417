package com.example.cms.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

@Path("/pages/preview")
public class PagePreviewResource {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response preview(@FormParam("title") String title, @FormParam("teaser") String teaser) {
        return Response.ok(Map.of("title", title, "teaser", teaser, "status", "draft")).build();
    }
}

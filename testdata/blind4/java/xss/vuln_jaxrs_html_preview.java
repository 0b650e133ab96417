package com.example.cms.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/pages/preview")
public class PagePreviewResource {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response preview(@FormParam("title") String title, @FormParam("teaser") String teaser) {
        String page = "<article><h1>" + title + "</h1><p class=\"teaser\">" + teaser + "</p></article>";
        return Response.ok(page).build(); // LABEL: CWE-79
    }
}

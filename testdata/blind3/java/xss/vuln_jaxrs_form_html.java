package com.example.feedback;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/feedback")
class FeedbackResource {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@FormParam("subject") String subject, @FormParam("message") String message) {
        if (subject == null) {
            subject = "(no subject)";
        }
        String page = "<html><body><h1>Thanks!</h1><p>We received: <b>" + subject + "</b></p></body></html>";
        return Response.ok(page).build(); // LABEL: CWE-79
    }
}

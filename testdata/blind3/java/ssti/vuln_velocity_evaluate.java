package com.example.cms;

import java.io.StringWriter;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

@Path("/cms/snippets/render")
class SnippetResource {

    private final VelocityEngine engine = new VelocityEngine();

    SnippetResource() {
        engine.init();
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public String render(String snippet) {
        VelocityContext context = new VelocityContext();
        context.put("site", "Example Store");
        StringWriter writer = new StringWriter();
        engine.evaluate(context, writer, "snippet", snippet); // LABEL: CWE-1336
        return writer.toString();
    }
}

package com.example.exports.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

@Path("/exports")
public class ExportFileResource {

    private static final String EXPORT_ROOT = System.getProperty("exports.root", "/var/exports");

    @GET
    @Path("/{batch}")
    @Produces("text/csv")
    public Response file(@PathParam("batch") String batch, @QueryParam("file") String file) {
        java.nio.file.Path p = java.nio.file.Paths.get(EXPORT_ROOT, batch, file);
        StreamingOutput body = out -> {
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(p)) { // LABEL: CWE-22
                in.transferTo(out);
            }
        };
        return Response.ok(body).build();
    }
}

package com.example.exports.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.UUID;

@Path("/exports")
public class ExportFileResource {

    private static final String EXPORT_ROOT = System.getProperty("exports.root", "/var/exports");

    @GET
    @Path("/{id}")
    @Produces("text/csv")
    public Response file(@PathParam("id") String id) {
        UUID exportId;
        try {
            exportId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Response.status(400).build();
        }
        java.nio.file.Path p = Paths.get(EXPORT_ROOT, exportId + ".csv");
        StreamingOutput body = out -> {
            try (InputStream in = Files.newInputStream(p)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body).build();
    }
}

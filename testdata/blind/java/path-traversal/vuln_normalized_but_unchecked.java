package com.example.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.ws.rs.GET;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

@javax.ws.rs.Path("/logs")
public class LogResource {
    private static final Path LOG_DIR = Paths.get("/var/log/app");

    @GET
    public Response tail(@QueryParam("file") String file) throws IOException {
        // Log files are addressed relative to the log directory.
        Path p = LOG_DIR.resolve(file).normalize();
        String text = Files.readString(p); // LABEL: CWE-22
        return Response.ok(text, "text/plain").build();
    }
}

package com.example.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.ws.rs.GET;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

@javax.ws.rs.Path("/reports")
public class ReportResource {
    private static final Path REPORT_DIR = Paths.get("/var/app/reports").toAbsolutePath().normalize();

    @GET
    public Response get(@QueryParam("file") String file) throws IOException {
        if (file == null) file = "index.txt";
        Path p = REPORT_DIR.resolve(file).normalize();
        if (!p.startsWith(REPORT_DIR)) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        return Response.ok(Files.readString(p), "text/plain").build();
    }
}

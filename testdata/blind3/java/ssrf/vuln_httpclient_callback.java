package com.example.jobs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/jobs")
class JobResource {

    static class JobRequest {
        public String name;
        public String callbackUrl;
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(JobRequest job) throws IOException, InterruptedException {
        HttpRequest ack = HttpRequest.newBuilder(URI.create(job.callbackUrl))
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"queued\"}"))
                .build();
        HttpResponse<Void> resp = http.send(ack, HttpResponse.BodyHandlers.discarding()); // LABEL: CWE-918
        return Response.accepted().entity("{\"callback\":" + resp.statusCode() + "}").build();
    }
}

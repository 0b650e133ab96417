package com.example.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;

@Path("/status/upstream")
public class UpstreamStatusResource {
    private final HttpClient client = HttpClient.newHttpClient();

    @GET
    public String status(@HeaderParam("X-Upstream-Host") String host) throws IOException, InterruptedException {
        if (host == null || host.isBlank()) host = "api.internal";
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://" + host + "/healthz")).GET().build();
        HttpResponse<String> res = client.send(req, HttpResponse.BodyHandlers.ofString()); // LABEL: CWE-918
        return res.body();
    }
}

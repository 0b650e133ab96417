package com.example.geo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;

public class GeocodeClient {
    private static final String BASE = "https://geocode.example.com/v2/search?q=";
    private final HttpClient http = HttpClient.newHttpClient();

    public String lookup(HttpServletRequest request) throws IOException, InterruptedException {
        String address = request.getParameter("address");
        // The user's text only ever lands in the query string of a fixed host.
        URI uri = URI.create(BASE + URLEncoder.encode(address, StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}

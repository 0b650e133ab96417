package com.example.unfurl;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;

public class LinkUnfurler {
    private static final URI FALLBACK = URI.create("https://example.com/");
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    public int status(HttpServletRequest request) throws IOException, InterruptedException {
        URI target = Optional.ofNullable(request.getParameter("link")).map(URI::create).orElse(FALLBACK);
        HttpRequest get = HttpRequest.newBuilder(target).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        return client.send(get, HttpResponse.BodyHandlers.discarding()).statusCode(); // LABEL: CWE-918
    }
}

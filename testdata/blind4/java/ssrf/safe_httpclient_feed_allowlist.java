package com.example.news;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class FeedController {

    private static final Map<String, URI> FEEDS = Map.of(
            "status", URI.create("https://status.example.com/history.rss"),
            "blog", URI.create("https://blog.example.com/feed.xml"),
            "releases", URI.create("https://github.com/example/app/releases.atom"));

    private final HttpClient client = HttpClient.newHttpClient();

    @GetMapping("/feeds/preview")
    public String preview(@RequestParam("source") String source) throws IOException, InterruptedException {
        URI uri = FEEDS.get(source);
        if (uri == null) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "application/rss+xml").build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}

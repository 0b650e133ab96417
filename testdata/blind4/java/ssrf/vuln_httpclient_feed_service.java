package com.example.news;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.web.bind.annotation.*;

@RestController
public class FeedController {

    private final HttpClient client = HttpClient.newHttpClient();

    @GetMapping("/feeds/preview")
    public String preview(@RequestParam("source") String source) throws IOException, InterruptedException {
        FeedSource feed = new FeedSource(source);
        return feed.fetch(client);
    }

    static final class FeedSource {
        private final URI uri;

        FeedSource(String location) {
            this.uri = URI.create(location);
        }

        String fetch(HttpClient client) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "application/rss+xml").build();
            return client.send(request, HttpResponse.BodyHandlers.ofString()).body(); // LABEL: CWE-918
        }
    }
}

package com.example.webhooks;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class WebhookTestController {
    private final RestTemplate rest = new RestTemplate();

    public record TestRequest(String targetUrl, String secret) {
    }

    @PostMapping("/api/webhooks/test")
    public String ping(@RequestBody TestRequest request) {
        ResponseEntity<String> reply = rest.postForEntity(request.targetUrl(), "{\"ping\":true}", String.class); // LABEL: CWE-918
        return "delivered: " + reply.getStatusCode().value();
    }
}

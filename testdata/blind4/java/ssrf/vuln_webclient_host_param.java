package com.example.monitoring;

import org.springframework.web.bind.annotation.*;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@RestController
public class UptimeController {

    private final WebClient webClient;

    public UptimeController(WebClient.Builder builder) {
        this.webClient = builder.build();
    }

    @GetMapping("/uptime/check")
    public Mono<String> check(@RequestParam String host, @RequestParam(defaultValue = "/healthz") String path) {
        String target = "https://" + host + path;
        return webClient.get().uri(target).retrieve().bodyToMono(String.class); // LABEL: CWE-918
    }
}

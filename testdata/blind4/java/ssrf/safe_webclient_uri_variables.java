package com.example.monitoring;

import org.springframework.web.bind.annotation.*;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@RestController
public class ShipmentController {

    private final WebClient carrier;

    public ShipmentController(WebClient.Builder builder) {
        this.carrier = builder.baseUrl("https://api.carrier.example.com").build();
    }

    @GetMapping("/shipments/{trackingId}")
    public Mono<String> track(@PathVariable long trackingId, @RequestParam(defaultValue = "en") String lang) {
        return carrier.get()
                .uri(uri -> uri.path("/v3/tracking/{id}").queryParam("lang", lang).build(trackingId))
                .retrieve()
                .bodyToMono(String.class);
    }
}

package com.example.partners;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
class PartnerClient {

    private static final Map<String, String> ENDPOINTS = Map.of(
            "northwind", "https://api.northwind.example/v1",
            "contoso", "https://partners.contoso.example/api");

    private final RestTemplate rest = new RestTemplate();

    String catalog(String partner, int page) {
        String base = ENDPOINTS.get(partner);
        if (base == null) {
            throw new IllegalArgumentException("unknown partner");
        }
        return rest.getForObject(base + "/catalog?page={page}", String.class, page);
    }
}

package com.example.partners;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class PartnerRatesController {
    private static final Map<String, String> PARTNERS = Map.of(
            "acme", "https://rates.acme.example/v1/today",
            "globex", "https://api.globex.example/fx/latest");
    private final RestTemplate rest = new RestTemplate();

    @GetMapping("/api/rates")
    public String rates(@RequestParam String partner) {
        String url = PARTNERS.get(partner);
        if (url == null) {
            throw new IllegalArgumentException("unknown partner");
        }
        return rest.getForObject(url, String.class);
    }
}

package com.example.partners;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PartnerController {

    private final PartnerClient client;

    PartnerController(PartnerClient client) {
        this.client = client;
    }

    @GetMapping("/partners/{partner}/catalog")
    String catalog(@PathVariable String partner, @RequestParam(defaultValue = "1") int page) {
        return client.catalog(partner, page);
    }
}

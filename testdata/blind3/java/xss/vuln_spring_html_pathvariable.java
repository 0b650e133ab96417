package com.example.store;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StoreBannerController {

    private final String brand;

    StoreBannerController() {
        this.brand = "Acme Outlet";
    }

    @GetMapping(value = "/stores/{city}/banner", produces = MediaType.TEXT_HTML_VALUE)
    String banner(@PathVariable("city") String city) {
        String heading = brand + " in " + city;
        return "<div class=\"banner\"><h1>" + heading + "</h1></div>"; // LABEL: CWE-79
    }
}

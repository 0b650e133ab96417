package com.example.store;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

@RestController
class StoreBannerController {

    private final String brand = "Acme Outlet";

    @GetMapping(value = "/stores/{city}/banner", produces = MediaType.TEXT_HTML_VALUE)
    String banner(@PathVariable("city") String city) {
        String heading = brand + " in " + HtmlUtils.htmlEscape(city);
        return "<div class=\"banner\"><h1>" + heading + "</h1></div>";
    }

    @GetMapping("/stores/ping")
    String ping() {
        return "ok";
    }
}

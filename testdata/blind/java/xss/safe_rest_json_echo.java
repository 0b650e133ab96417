package com.example.api;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The value is serialised into application/json, never into HTML. */
@RestController
public class EchoController {

    @GetMapping(value = "/api/echo", produces = "application/json")
    public Map<String, Object> echo(@RequestParam("message") String message) {
        return Map.of("message", message, "length", message.length());
    }
}

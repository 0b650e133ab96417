package com.example.auth;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ShortcutController {

    private static final Map<String, String> SHORTCUTS = Map.of(
            "billing", "/account/billing",
            "security", "/account/security",
            "orders", "/orders");

    @GetMapping("/go")
    String go(@RequestParam(defaultValue = "") String to) {
        String path = SHORTCUTS.getOrDefault(to, "/");
        return "redirect:" + path;
    }
}

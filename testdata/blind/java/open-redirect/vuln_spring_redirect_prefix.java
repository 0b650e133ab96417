package com.example.auth;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class LogoutController {

    @GetMapping("/logout/done")
    public String done(@RequestParam(name = "returnTo", defaultValue = "/") String returnTo) {
        return "redirect:" + returnTo; // LABEL: CWE-601
    }
}

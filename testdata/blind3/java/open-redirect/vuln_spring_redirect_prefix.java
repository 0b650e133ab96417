package com.example.auth;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LanguageController {

    @PostMapping("/language")
    String change(@RequestParam String lang,
                  @RequestParam(name = "back", required = false) String back,
                  HttpSession session) {
        session.setAttribute("lang", "de".equals(lang) ? "de" : "en");
        String target = back;
        if (target == null || target.isEmpty()) {
            target = "/";
        }
        return "redirect:" + target; // LABEL: CWE-601
    }
}

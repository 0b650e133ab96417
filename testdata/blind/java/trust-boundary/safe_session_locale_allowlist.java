package com.example.i18n;

import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class LocaleController {
    private static final Set<String> SUPPORTED = Set.of("en", "de", "fr");

    @PostMapping("/settings/locale")
    public String change(@RequestParam(defaultValue = "en") String locale, HttpServletRequest request) {
        String chosen = SUPPORTED.contains(locale) ? locale : "en";
        request.getSession().setAttribute("locale", chosen);
        return "redirect:/settings";
    }
}

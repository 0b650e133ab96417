package com.example.sso;

import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

@Controller
public class SafeSsoCallbackController {
    private static final Set<String> LANDING_PAGES = Set.of("/home", "/projects", "/settings");

    @GetMapping("/sso/return")
    public RedirectView callback(@RequestParam(name = "RelayState", required = false) String relayState) {
        String target = LANDING_PAGES.contains(relayState) ? relayState : "/home";
        return new RedirectView(target, true);
    }
}

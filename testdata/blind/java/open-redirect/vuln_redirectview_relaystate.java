package com.example.sso;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

@Controller
public class SsoCallbackController {

    @GetMapping("/sso/callback")
    public RedirectView callback(@RequestParam String code, @RequestParam(name = "RelayState", required = false) String relayState) {
        String target = relayState;
        if (target == null || target.isBlank()) {
            target = "/home";
        }
        return new RedirectView(target); // LABEL: CWE-601
    }
}

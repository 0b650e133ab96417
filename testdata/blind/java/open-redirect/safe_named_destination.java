package com.example.onboarding;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class OnboardingController {
    private static final Map<String, String> STEPS = Map.of(
            "profile", "/settings/profile",
            "billing", "/settings/billing",
            "team", "/team/invite");

    @GetMapping("/onboarding/continue")
    public String next(@RequestParam(defaultValue = "profile") String step) {
        return "redirect:" + STEPS.getOrDefault(step, "/home");
    }
}

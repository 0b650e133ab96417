package com.example.ops;

import java.io.IOException;
import org.springframework.web.bind.annotation.*;

@RestController
public class HealthController {

    private static String healthScript() {
        return "/opt/app/bin/health.sh --quiet | tail -n 20";
    }

    @GetMapping("/ops/health")
    public String health(@RequestParam(defaultValue = "short") String format) throws IOException, InterruptedException {
        Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", healthScript()});
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return "long".equals(format) ? out : out.lines().findFirst().orElse("");
    }
}

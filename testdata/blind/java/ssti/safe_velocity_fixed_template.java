package com.example.mailer;

import java.io.StringWriter;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class WelcomeMailController {
    private final VelocityEngine velocity;

    public WelcomeMailController(VelocityEngine velocity) {
        this.velocity = velocity;
    }

    @PostMapping("/api/welcome-preview")
    public String preview(@RequestParam String name) {
        Template template = velocity.getTemplate("templates/welcome.vm");
        VelocityContext ctx = new VelocityContext();
        ctx.put("customerName", name);
        StringWriter out = new StringWriter();
        template.merge(ctx, out);
        return out.toString();
    }
}

package com.example.mailer;

import java.io.StringWriter;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Preview of a customer-editable email template. */
@RestController
public class EmailPreviewController {
    private final VelocityEngine velocity = new VelocityEngine();

    @PostMapping("/api/email-templates/preview")
    public String preview(@RequestParam String template) {
        VelocityContext ctx = new VelocityContext();
        ctx.put("customerName", "Ada Lovelace");
        StringWriter out = new StringWriter();
        velocity.evaluate(ctx, out, "preview", template); // LABEL: CWE-1336
        return out.toString();
    }
}

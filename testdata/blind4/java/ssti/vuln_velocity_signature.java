package com.example.mail;

import java.io.StringWriter;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.springframework.web.bind.annotation.*;

@RestController
public class SignaturePreviewController {

    private final VelocityEngine velocity;

    public SignaturePreviewController(VelocityEngine velocity) {
        this.velocity = velocity;
    }

    @PostMapping("/settings/signature/preview")
    public String preview(@RequestParam("signature") String signature, @RequestParam("name") String name) {
        VelocityContext ctx = new VelocityContext();
        ctx.put("name", name);
        ctx.put("company", "Example Corp");
        StringWriter out = new StringWriter();
        velocity.evaluate(ctx, out, "signature", signature); // LABEL: CWE-1336
        return out.toString();
    }
}

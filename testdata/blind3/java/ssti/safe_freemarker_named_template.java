package com.example.notifications;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NotificationPreviewController {

    record Preview(String subject, String body) {}

    private final Configuration cfg;

    NotificationPreviewController(Configuration cfg) {
        this.cfg = cfg;
    }

    @PostMapping("/notifications/preview")
    String preview(@RequestBody Preview preview) throws IOException, TemplateException {
        Template template = cfg.getTemplate("notification.ftlh");
        StringWriter out = new StringWriter();
        template.process(Map.of("subject", preview.subject(), "message", preview.body()), out);
        return out.toString();
    }
}

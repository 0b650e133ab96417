package com.example.notifications;

import java.io.IOException;
import java.io.StringReader;
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

    private final Configuration cfg = new Configuration(Configuration.VERSION_2_3_32);

    @PostMapping("/notifications/preview")
    String preview(@RequestBody Preview preview) throws IOException, TemplateException {
        Template template = new Template("preview", new StringReader(preview.body()), cfg); // LABEL: CWE-1336
        StringWriter out = new StringWriter();
        template.process(Map.of("customer", "Ada Lovelace", "order", 1042), out);
        return out.toString();
    }
}

package com.example.announcements;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.StringTemplateResolver;

@RestController
class AnnouncementPreviewController {

    private static final String TEMPLATE =
            "<article><h2 th:text=\"${title}\"></h2><div class=\"body\" th:text=\"${body}\"></div></article>";

    private final TemplateEngine engine = new TemplateEngine();

    AnnouncementPreviewController() {
        engine.setTemplateResolver(new StringTemplateResolver());
    }

    @PostMapping(value = "/announcements/preview", produces = MediaType.TEXT_HTML_VALUE)
    String preview(@RequestParam String title, @RequestParam String body) {
        Context ctx = new Context();
        ctx.setVariable("title", title);
        ctx.setVariable("body", body);
        return engine.process(TEMPLATE, ctx);
    }
}

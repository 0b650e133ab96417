package demo;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.StringTemplateResolver;

@RestController
public class CardController {
    private static final String CARD = "<div class=\"card\">"
        + "<h2 th:text=\"${title}\">title</h2>"
        + "<p th:utext=\"${note}\">note</p>"
        + "</div>";

    private final TemplateEngine engine = new TemplateEngine();

    public CardController() {
        engine.setTemplateResolver(new StringTemplateResolver());
    }

    // th:text escapes the title; the raw note is the application's own text
    @GetMapping("/card")
    public String card(@RequestParam String title) {
        Context ctx = new Context();
        ctx.setVariable("title", title);
        ctx.setVariable("note", "<em>Preview</em>");
        return engine.process(CARD, ctx);
    }
}

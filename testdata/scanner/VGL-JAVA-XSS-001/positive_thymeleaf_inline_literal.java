package demo;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

@RestController
public class GreetingController {
    private final TemplateEngine templateEngine;

    public GreetingController(TemplateEngine templateEngine) {
        this.templateEngine = templateEngine;
    }

    @GetMapping("/hello")
    public String hello(@RequestParam String name) {
        Context ctx = new Context();
        ctx.setVariable("name", name);
        return templateEngine.process("<p>Hello <span th:utext=\"${name}\">x</span></p>", ctx); // vigil:expect VGL-JAVA-XSS-001
    }
}

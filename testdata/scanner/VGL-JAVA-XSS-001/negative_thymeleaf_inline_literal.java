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

    // th:text escapes; "greeting" names a template file (the template pass reads those)
    @GetMapping("/hello2")
    public String hello2(@RequestParam String name) {
        Context ctx = new Context();
        ctx.setVariable("name", name);
        return templateEngine.process("<p>Hello <span th:text=\"${name}\">x</span></p>", ctx);
    }

    @GetMapping("/page")
    public String page(@RequestParam String name) {
        Context ctx = new Context();
        ctx.setVariable("name", name);
        return templateEngine.process("greeting", ctx);
    }
}

import java.io.StringWriter;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NewsletterController {
    private static final String TEMPLATE = "Hello $name, here is this week's update: $body";

    @PostMapping("/newsletter/preview")
    String preview(@RequestParam String body) {
        VelocityContext ctx = new VelocityContext();
        ctx.put("name", "Subscriber");
        ctx.put("body", body);
        StringWriter out = new StringWriter();
        Velocity.evaluate(ctx, out, "newsletter", TEMPLATE);
        return out.toString();
    }
}

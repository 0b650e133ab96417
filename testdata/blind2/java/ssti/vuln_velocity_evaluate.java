import java.io.StringWriter;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NewsletterController {
    @PostMapping("/newsletter/preview")
    String preview(@RequestParam String body) {
        VelocityContext ctx = new VelocityContext();
        ctx.put("name", "Subscriber");
        StringWriter out = new StringWriter();
        Velocity.evaluate(ctx, out, "newsletter", body); // LABEL: CWE-1336
        return out.toString();
    }
}

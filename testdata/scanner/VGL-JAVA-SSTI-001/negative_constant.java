import java.io.StringWriter;
import javax.servlet.http.HttpServletRequest;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;

public class Banner {
    String render(HttpServletRequest request) {
        VelocityContext ctx = new VelocityContext();
        ctx.put("user", request.getParameter("user"));
        StringWriter out = new StringWriter();
        Velocity.evaluate(ctx, out, "banner", "Hello $user");
        return out.toString();
    }
}

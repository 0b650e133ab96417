import java.io.StringWriter;
import javax.servlet.http.HttpServletRequest;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;

public class Greeting {
    String render(HttpServletRequest request) {
        VelocityContext ctx = new VelocityContext();
        ctx.put("name", request.getParameter("name"));
        Template t = Velocity.getTemplate("greeting.vm");
        StringWriter out = new StringWriter();
        t.merge(ctx, out);
        return out.toString();
    }
}

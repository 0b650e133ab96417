import java.io.StringWriter;
import javax.servlet.http.HttpServletRequest;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;

public class Preview {
    String render(HttpServletRequest request) {
        String body = request.getParameter("template");
        StringWriter out = new StringWriter();
        Velocity.evaluate(new VelocityContext(), out, "preview", body); // vigil:expect VGL-JAVA-SSTI-001
        return out.toString();
    }
}

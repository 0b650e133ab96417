import java.util.Base64;
import javax.servlet.http.*;

// Decoding base64 gives back whatever the client encoded: markup included.
public class EchoServlet extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        byte[] raw = Base64.getDecoder().decode(req.getParameter("b"));
        resp.setContentType("text/html");
        resp.getWriter().println("<p>" + new String(raw, "UTF-8") + "</p>"); // vigil:expect VGL-JAVA-XSS-001
    }
}

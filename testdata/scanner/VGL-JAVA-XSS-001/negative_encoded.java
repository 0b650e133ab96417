import java.io.PrintWriter;
import javax.servlet.http.*;
import org.owasp.encoder.Encode;

public class Hello extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        resp.setContentType("text/html");
        String name = Encode.forHtml(req.getParameter("name"));
        resp.getWriter().println("<h1>Hello " + name + "</h1>");
    }
}

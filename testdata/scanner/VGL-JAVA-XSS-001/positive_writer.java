import java.io.PrintWriter;
import javax.servlet.http.*;

public class Hello extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        resp.setContentType("text/html");
        String name = req.getParameter("name");
        resp.getWriter().println("<h1>Hello " + name + "</h1>"); // vigil:expect VGL-JAVA-XSS-001
    }
}

import java.io.PrintWriter;
import javax.servlet.http.*;

public class Search extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        PrintWriter out = resp.getWriter();
        String q = req.getParameter("q");
        out.print("<p>No results for ");
        out.print(q); // vigil:expect VGL-JAVA-XSS-001
        out.println("</p>");
    }
}

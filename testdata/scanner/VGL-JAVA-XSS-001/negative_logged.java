import javax.servlet.http.*;
import org.springframework.web.util.HtmlUtils;

public class Search extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        String q = req.getParameter("q");
        System.out.println("search: " + q);
        resp.getWriter().print("<p>" + HtmlUtils.htmlEscape(q) + "</p>");
    }
}

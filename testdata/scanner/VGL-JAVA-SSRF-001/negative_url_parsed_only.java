import java.net.URL;
import javax.servlet.http.*;

public class LinkCheck extends HttpServlet {
    // the user's link is parsed to show its host; nothing is fetched
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        URL url = new URL(req.getParameter("link"));
        String protocol = url.getProtocol();
        resp.setContentType("text/plain");
        resp.getWriter().print("https".equals(protocol) ? "secure link" : "insecure link");
    }
}

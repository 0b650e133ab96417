import java.io.InputStream;
import java.net.URL;
import javax.servlet.http.*;

public class Proxy extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        String target = req.getParameter("url");
        try (InputStream in = new URL(target).openStream()) { // vigil:expect VGL-JAVA-SSRF-001
            in.transferTo(resp.getOutputStream());
        }
    }
}

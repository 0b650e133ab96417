import java.io.*;
import javax.servlet.http.*;

public class Logo extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String theme = req.getParameter("theme");
        File f = new File("/srv/static/logo.png");
        try (InputStream in = new FileInputStream(f)) {
            resp.setHeader("X-Theme", theme == null ? "default" : "custom");
            in.transferTo(resp.getOutputStream());
        }
    }
}

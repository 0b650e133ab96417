import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import javax.servlet.http.*;

public class ImageProxy extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        URL url = new URL(req.getParameter("src"));
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        conn.setConnectTimeout(3000);
        try (InputStream in = conn.getInputStream()) { // vigil:expect VGL-JAVA-SSRF-001
            in.transferTo(resp.getOutputStream());
        }
    }
}

import java.io.InputStream;
import java.net.URL;
import javax.servlet.http.*;

public class Weather extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        int city = Integer.parseInt(req.getParameter("city"));
        try (InputStream in = new URL("https://api.weather.example/v1/cities/" + city).openStream()) {
            in.transferTo(resp.getOutputStream());
        }
    }
}

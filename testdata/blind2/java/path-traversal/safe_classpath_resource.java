import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

class LicenseServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String lang = "de".equals(req.getParameter("lang")) ? "de" : "en";
        try (InputStream in = getClass().getResourceAsStream("/licenses/license_" + lang + ".txt")) {
            resp.setContentType("text/plain");
            in.transferTo(resp.getOutputStream());
        }
    }
}

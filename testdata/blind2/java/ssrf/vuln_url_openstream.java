import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

class ImportFeedServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        URL feed = new URL(req.getParameter("feed"));
        try (InputStream in = feed.openStream()) { // LABEL: CWE-918
            resp.getWriter().println("read " + in.readAllBytes().length + " bytes");
        }
    }
}

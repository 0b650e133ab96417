import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

class ManualServlet extends HttpServlet {
    private static final String BASE = "/opt/app/manuals/";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String page = req.getParameter("page");
        File f = new java.io.File(BASE, page + ".html");
        try (InputStream in = new FileInputStream(f)) { // LABEL: CWE-22
            in.transferTo(resp.getOutputStream());
        }
    }
}

import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

class NslookupServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String host = req.getHeader("X-Host");
        Process p = java.lang.Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "nslookup " + host}); // LABEL: CWE-78
        try (InputStream in = p.getInputStream()) {
            in.transferTo(resp.getOutputStream());
        }
    }
}

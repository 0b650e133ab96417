import java.io.*;
import javax.servlet.http.*;

public class Download extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("file");
        File f = new File("/srv/files/" + name); // vigil:expect VGL-JAVA-PATH-001
        try (InputStream in = new FileInputStream(req.getParameter("raw"))) { // vigil:expect VGL-JAVA-PATH-001
            in.transferTo(resp.getOutputStream());
        }
    }
}

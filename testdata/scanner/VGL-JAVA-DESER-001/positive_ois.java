import java.io.*;
import javax.servlet.http.*;

public class SessionImport extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        ObjectInputStream in = new ObjectInputStream(req.getInputStream());
        Object state = in.readObject(); // vigil:expect VGL-JAVA-DESER-001
        req.getSession().setAttribute("state", state);
    }
}

import java.io.*;
import javax.servlet.http.*;

public class SessionImport extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        ObjectInputStream in = new ObjectInputStream(req.getInputStream()); // vigil:expect VGL-JAVA-DESER-001
        Object state = in.readObject();
        req.getSession().setAttribute("state", state);
    }
}

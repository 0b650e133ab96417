import javax.servlet.http.*;

public class ImportServlet extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
        java.beans.XMLDecoder decoder = new java.beans.XMLDecoder(req.getInputStream());
        Object settings = decoder.readObject(); // vigil:expect VGL-JAVA-DESER-001
        decoder.close();
    }
}

import javax.servlet.http.HttpServletRequest;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

// The bundled schema is fine; the uploaded document parsed by the same
// unhardened builder is not.
public class ImportServlet {
    public Document handle(HttpServletRequest req) throws Exception {
        DocumentBuilder db = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        db.parse(getClass().getResourceAsStream("/schema/base.xml"));
        return db.parse(req.getInputStream()); // vigil:expect VGL-JAVA-XXE-001
    }
}

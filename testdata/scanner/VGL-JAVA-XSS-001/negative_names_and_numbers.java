import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

// An XML element's name cannot hold markup (the XML Name production admits
// no '<', '&' or quotes), and numbers carry none either.
public class Upload extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder db = dbf.newDocumentBuilder();
            Document doc = db.parse(req.getInputStream());
            Element root = doc.getDocumentElement();
            resp.setContentType("text/html");
            resp.getWriter().println("<p>root element: " + root.getTagName() + "</p>");
            resp.getWriter().println("<p>first: " + doc.getDocumentElement().getFirstChild().getNodeName() + "</p>");
            resp.getWriter().println("<p>" + req.getParameter("data").length() + " bytes</p>");
        } catch (Exception e) {
            resp.sendError(400);
        }
    }
}

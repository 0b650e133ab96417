import javax.servlet.http.HttpServletRequest;
import javax.xml.xpath.*;
import org.w3c.dom.Document;

public class XmlLogin {
    private Document users;

    public boolean login(HttpServletRequest req) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        String expr = "/users/user[name='" + req.getParameter("user") + "' and pass='" + req.getParameter("pass") + "']";
        return (Boolean) xpath.evaluate(expr, users, XPathConstants.BOOLEAN); // vigil:expect VGL-JAVA-XPATH-001
    }
}

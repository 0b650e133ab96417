import javax.servlet.http.HttpServletRequest;
import javax.xml.namespace.QName;
import javax.xml.xpath.*;
import org.w3c.dom.Document;

public class XmlLogin {
    private Document users;

    public boolean login(HttpServletRequest req) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        String user = req.getParameter("user");
        xpath.setXPathVariableResolver(v -> v.equals(new QName("user")) ? user : null);
        return (Boolean) xpath.evaluate("/users/user[name=$user]", users, XPathConstants.BOOLEAN);
    }
}

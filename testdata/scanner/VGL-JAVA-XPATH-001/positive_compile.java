import javax.servlet.http.HttpServletRequest;
import javax.xml.xpath.*;

public class Catalog {
    private final XPath xPath = XPathFactory.newInstance().newXPath();

    private XPathExpression byCategory(String category) throws Exception {
        return xPath.compile("//book[@category='" + category + "']"); // vigil:expect VGL-JAVA-XPATH-001
    }

    public Object find(HttpServletRequest request) throws Exception {
        return byCategory(request.getParameter("category"));
    }
}

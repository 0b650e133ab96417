import javax.servlet.http.HttpServletRequest;
import javax.xml.xpath.*;
import org.w3c.dom.Document;

public class Catalog {
    private Document books;

    public Object nth(HttpServletRequest request) throws Exception {
        int n = Integer.parseInt(request.getParameter("n"));
        XPath xpath = XPathFactory.newInstance().newXPath();
        return xpath.evaluate("//book[" + n + "]/title", books);
    }
}

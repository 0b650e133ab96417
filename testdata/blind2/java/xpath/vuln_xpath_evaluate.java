import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.xml.sax.InputSource;

class StockServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String item = req.getParameter("item");
        XPath xp = XPathFactory.newInstance().newXPath();
        try {
            String qty = xp.evaluate("/inventory/item[@name='" + item + "']/qty", new InputSource("/opt/app/inventory.xml")); // LABEL: CWE-643
            resp.getWriter().println(qty);
        } catch (XPathExpressionException e) {
            resp.sendError(400);
        }
    }
}

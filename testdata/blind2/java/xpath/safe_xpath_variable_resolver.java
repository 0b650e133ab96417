import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.namespace.QName;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.xml.sax.InputSource;

class StockServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String item = req.getParameter("item");
        XPath xp = XPathFactory.newInstance().newXPath();
        xp.setXPathVariableResolver((QName name) -> "item".equals(name.getLocalPart()) ? item : null);
        try {
            String qty = xp.evaluate("/inventory/item[@name=$item]/qty", new InputSource("/opt/app/inventory.xml"));
            resp.getWriter().println(qty);
        } catch (Exception e) {
            resp.sendError(400);
        }
    }
}

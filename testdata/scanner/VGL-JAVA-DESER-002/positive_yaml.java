import javax.servlet.http.*;
import org.yaml.snakeyaml.Yaml;

public class ConfigImport extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
        String doc = req.getParameter("config");
        Yaml yaml = new Yaml();
        Object cfg = yaml.load(doc); // vigil:expect VGL-JAVA-DESER-002
        req.setAttribute("keys", String.valueOf(cfg).length());
    }
}

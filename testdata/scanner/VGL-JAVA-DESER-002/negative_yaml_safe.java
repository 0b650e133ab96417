import javax.servlet.http.*;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

// SafeConstructor builds only maps, lists and scalars; a YAML file of the
// application itself is not request data.
public class ConfigImport extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
        String doc = req.getParameter("config");
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Object cfg = yaml.load(doc);
        req.setAttribute("keys", String.valueOf(cfg).length());
    }

    public Object defaults() {
        return new Yaml().load(getClass().getResourceAsStream("/defaults.yml"));
    }
}

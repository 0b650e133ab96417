import javax.script.Bindings;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.http.*;

public class DiscountServlet extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        int qty = Integer.parseInt(req.getParameter("qty"));
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("js");
        Bindings vars = engine.createBindings();
        vars.put("qty", qty);
        resp.setContentType("text/plain");
        resp.getWriter().print(engine.eval("qty > 10 ? 0.1 : 0", vars));
    }
}

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.http.*;

public class CalcServlet extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        String expr = req.getParameter("expr");
        if (expr == null) {
            expr = "0";
        }
        ScriptEngine calc = new ScriptEngineManager().getEngineByName("js");
        Object result = calc.eval(expr); // vigil:expect VGL-JAVA-CODEI-001
        resp.setContentType("text/plain");
        resp.getWriter().print(result);
    }
}

import javax.servlet.http.*;

public class Uptime extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        Process p = Runtime.getRuntime().exec(new String[] {"uptime"});
        p.waitFor();
        resp.getWriter().println(req.getParameter("ignored") != null);
    }
}

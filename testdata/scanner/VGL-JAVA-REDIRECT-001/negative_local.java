import javax.servlet.http.*;

public class Login extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        String user = req.getParameter("user");
        req.getSession().setAttribute("user", user);
        resp.sendRedirect(req.getContextPath() + "/home");
    }
}

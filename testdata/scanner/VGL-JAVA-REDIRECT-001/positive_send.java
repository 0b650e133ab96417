import javax.servlet.http.*;

public class Login extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        String next = req.getParameter("next");
        resp.sendRedirect(next); // vigil:expect VGL-JAVA-REDIRECT-001
    }
}

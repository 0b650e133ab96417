import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

class SsoCallbackServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String state = req.getParameter("state");
        req.getSession().setAttribute("sso_done", Boolean.TRUE);
        resp.sendRedirect(state); // LABEL: CWE-601
    }
}

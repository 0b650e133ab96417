import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

class TenantSwitchServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpSession session = req.getSession();
        String tenant = req.getParameter("tenant");
        session.setAttribute("tenantId", tenant); // LABEL: CWE-501
        resp.sendRedirect("/dashboard");
    }
}

import java.io.IOException;
import java.net.URI;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

class SsoCallbackServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String state = req.getParameter("state");
        String target = "/home";
        if (state != null && state.startsWith("/") && !state.startsWith("//")) {
            URI u = URI.create(state);
            if (u.getHost() == null && u.getScheme() == null) {
                target = u.getPath();
            }
        }
        resp.sendRedirect(target);
    }
}

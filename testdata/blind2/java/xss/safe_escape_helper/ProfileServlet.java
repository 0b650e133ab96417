import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

class ProfileServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String nick = req.getParameter("nick");
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter().write("<p class=\"nick\">" + Html.text(nick) + "</p>");
    }
}

import java.io.IOException;
import java.util.UUID;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

class RememberMeServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Cookie c = new Cookie("remember_me", UUID.randomUUID().toString());
        c.setMaxAge(60 * 60 * 24 * 30);
        c.setPath("/");
        c.setSecure(true);
        c.setHttpOnly(true);
        resp.addCookie(c);
    }
}

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class Prefs {
    void remember(HttpServletResponse response, String value) {
        Cookie c = new Cookie("remember", value);
        c.setSecure(false);
        c.setHttpOnly(true);
        response.addCookie(c); // vigil:expect VGL-JAVA-COOKIE-001
    }
}

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class Prefs {
    void remember(HttpServletResponse response, String value) {
        Cookie c = new Cookie("remember", value); // vigil:expect VGL-JAVA-COOKIE-001
        c.setSecure(false);
        c.setHttpOnly(true);
        response.addCookie(c);
    }
}

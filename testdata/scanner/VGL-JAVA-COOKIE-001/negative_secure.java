import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LoginServlet {
    void login(HttpServletResponse response, String sid) {
        Cookie cookie = new Cookie("SESSION", sid);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    void prefs(HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie("theme", "dark");
        cookie.setSecure(request.isSecure());
        response.addCookie(cookie);
    }
}

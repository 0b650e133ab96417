import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LoginServlet {
    void login(HttpServletRequest request, HttpServletResponse response, String sid) {
        Cookie cookie = new Cookie("SESSION", sid);
        cookie.setPath("/");
        response.addCookie(cookie); // vigil:expect VGL-JAVA-COOKIE-001
    }
}

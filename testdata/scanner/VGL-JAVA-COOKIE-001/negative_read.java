import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class Logout {
    // reading cookies and expiring one are not sending a secret
    Cookie copy(Cookie in) {
        return new Cookie(in.getName(), in.getValue());
    }

    void logout(HttpServletResponse response) {
        Cookie gone = new Cookie("SESSION", "");
        gone.setMaxAge(0);
        response.addCookie(gone);
    }
}

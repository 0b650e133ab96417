import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

public class LoginController {
    private UserService users;

    // The session keeps the record the server verified, not the parameter's text.
    public String login(HttpServletRequest request) {
        User user = users.authenticate(request.getParameter("email"), request.getParameter("password"));
        if (user == null) {
            return "login";
        }
        HttpSession session = request.getSession();
        session.setAttribute("userId", user.getId());
        Theme theme = Theme.valueOf(request.getParameter("theme"));
        session.setAttribute("theme", theme);
        return "redirect:/";
    }
}

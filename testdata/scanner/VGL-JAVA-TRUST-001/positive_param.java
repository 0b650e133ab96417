import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

public class Prefs {
    void save(HttpServletRequest request) {
        String role = request.getParameter("role");
        HttpSession session = request.getSession();
        session.setAttribute("role", role); // vigil:expect VGL-JAVA-TRUST-001
    }
}

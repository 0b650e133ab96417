import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

public class PrefsController {
    public String save(HttpServletRequest request) {
        HttpSession session = request.getSession();
        session.setAttribute("next", request.getParameter("next").trim()); // vigil:expect VGL-JAVA-TRUST-001
        session.setAttribute("name", String.valueOf(request.getParameter("name"))); // vigil:expect VGL-JAVA-TRUST-001
        return "redirect:/";
    }
}

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

public class ModeController {
    enum Mode { GRID, LIST }

    // Compared with an enum's name only in a log line: the request's text is kept.
    public String save(HttpServletRequest request) {
        HttpSession session = request.getSession();
        String mode = request.getParameter("mode");
        System.out.println(Mode.GRID.name().equals(mode));
        session.setAttribute("mode", mode); // vigil:expect VGL-JAVA-TRUST-001
        return "redirect:/";
    }
}

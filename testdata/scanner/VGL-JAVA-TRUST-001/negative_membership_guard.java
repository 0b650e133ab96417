import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

public class TeamController {
    private TeamService teams;

    // A membership check with an early exit verifies the team before it is kept.
    public String switchTeam(HttpServletRequest request) {
        HttpSession session = request.getSession();
        String teamId = request.getParameter("teamId");
        if (!teams.isMember((String) session.getAttribute("userId"), teamId)) {
            throw new SecurityException("forbidden");
        }
        session.setAttribute("teamId", teamId);
        return "redirect:/";
    }
}

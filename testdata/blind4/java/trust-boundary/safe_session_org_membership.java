package com.example.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class WorkspaceSwitchController {

    private final MembershipRepository memberships;

    public WorkspaceSwitchController(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @PostMapping("/workspace/switch")
    public String switchWorkspace(HttpServletRequest request) {
        HttpSession session = request.getSession();
        long userId = (Long) session.getAttribute("userId");
        long requested = Long.parseLong(request.getParameter("orgId"));
        Membership m = memberships.findByUserIdAndOrgId(userId, requested)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not a member"));
        session.setAttribute("activeOrgId", m.getOrgId());
        return "redirect:/dashboard";
    }
}

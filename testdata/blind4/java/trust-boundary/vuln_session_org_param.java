package com.example.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class WorkspaceSwitchController {

    @PostMapping("/workspace/switch")
    public String switchWorkspace(HttpServletRequest request) {
        String orgId = request.getParameter("orgId");
        HttpSession session = request.getSession();
        session.setAttribute("activeOrgId", orgId); // LABEL: CWE-501
        return "redirect:/dashboard";
    }
}

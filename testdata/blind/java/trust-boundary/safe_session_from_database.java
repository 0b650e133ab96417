package com.example.admin;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class VerifiedRoleServlet extends HttpServlet {
    private MembershipRepository memberships;

    /** Reads the role the server granted, never the one the client asks for. */
    public interface MembershipRepository {
        String roleOf(String userId, long workspaceId);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String userId = (String) req.getSession().getAttribute("userId");
        long workspace = Long.parseLong(req.getParameter("workspace"));
        String granted = memberships.roleOf(userId, workspace);
        req.getSession().setAttribute("currentRole", granted);
        resp.sendRedirect("/workspace/" + workspace);
    }
}

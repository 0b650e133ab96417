package com.example.admin;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/** Second step of the login wizard: remembers which workspace role the user chose. */
public class RoleSelectServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpSession session = req.getSession();
        String role = req.getParameter("role");
        session.setAttribute("currentRole", role); // LABEL: CWE-501
        resp.sendRedirect("/workspace");
    }
}

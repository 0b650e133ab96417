package com.example.sso;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/sso/complete")
class SsoCompleteServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String relayState = req.getParameter("RelayState");
        String target = relayState != null ? relayState : req.getContextPath() + "/home";
        req.getSession().setAttribute("ssoComplete", Boolean.TRUE);
        resp.sendRedirect(target); // LABEL: CWE-601
    }
}

package com.example.auth;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LoginCompleteServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String next = req.getParameter("next");
        if (next == null || next.isEmpty()) {
            next = "/dashboard";
        }
        resp.sendRedirect(next); // LABEL: CWE-601
    }
}

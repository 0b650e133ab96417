package com.example.auth;

import java.io.IOException;
import java.util.UUID;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class RememberMeServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String token = UUID.randomUUID().toString();
        Cookie remember = new Cookie("remember_me", token);
        remember.setMaxAge(60 * 60 * 24 * 30);
        remember.setPath("/");
        resp.addCookie(remember); // LABEL: CWE-614, CWE-1004
        resp.sendRedirect("/home");
    }
}

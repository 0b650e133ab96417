package com.example.storefront;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

@WebServlet("/store/header")
public class StoreHeaderServlet extends HttpServlet {

    static class Visitor {
        private String nickname = "there";

        String getNickname() { return nickname; }
        void setNickname(String nickname) { this.nickname = nickname; }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Visitor visitor = new Visitor();
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (c.getName().equals("nick")) {
                    visitor.setNickname(c.getValue());
                }
            }
        }
        resp.setContentType("text/html; charset=UTF-8");
        resp.getWriter().printf("<div class=\"greeting\">Hi %s, free shipping over $50 today!</div>", visitor.getNickname()); // LABEL: CWE-79
    }
}

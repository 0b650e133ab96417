package com.example.web;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class PagerServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int page;
        try {
            page = Integer.parseInt(req.getParameter("page"));
        } catch (NumberFormatException e) {
            page = 1;
        }
        resp.setContentType("text/html");
        resp.getWriter().println("<p>Page " + page + " of 40</p>");
        resp.getWriter().println("<a href=\"?page=" + (page + 1) + "\">next</a>");
    }
}

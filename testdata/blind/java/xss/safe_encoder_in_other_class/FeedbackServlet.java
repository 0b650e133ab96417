package com.example.web;

import com.example.web.util.HtmlText;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class FeedbackServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String subject = req.getParameter("subject");
        String message = req.getParameter("message");
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter().println("<h2>Thanks! We received: " + HtmlText.of(subject) + "</h2>");
        resp.getWriter().println("<blockquote>" + HtmlText.of(message) + "</blockquote>");
    }
}

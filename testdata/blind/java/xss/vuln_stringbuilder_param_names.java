package com.example.errors;

import java.io.IOException;
import java.util.Enumeration;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** "Unknown filter" page that lists the filters the request asked for. */
public class UnknownFilterServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StringBuilder page = new StringBuilder("<p>These filters are not supported:</p><ul>");
        Enumeration<String> names = req.getParameterNames();
        while (names.hasMoreElements()) {
            String n = names.nextElement();
            page.append("<li>").append(n).append("</li>");
        }
        page.append("</ul>");
        resp.setStatus(400);
        resp.setContentType("text/html");
        resp.getWriter().write(page.toString()); // LABEL: CWE-79
    }
}

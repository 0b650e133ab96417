package com.example.errors;

import java.io.IOException;
import java.util.Enumeration;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Debug page that lists the request headers the proxy forwarded. */
public class HeaderEchoServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StringBuilder page = new StringBuilder("<table>");
        Enumeration<String> names = req.getHeaderNames();
        while (names.hasMoreElements()) {
            String n = names.nextElement();
            page.append("<tr><td>").append(n).append("</td><td>")
                .append(req.getHeader(n)).append("</td></tr>");
        }
        page.append("</table>");
        resp.setContentType("text/html");
        resp.getWriter().write(page.toString()); // LABEL: CWE-79
    }
}

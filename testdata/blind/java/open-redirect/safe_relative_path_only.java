package com.example.auth;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SafeLoginCompleteServlet extends HttpServlet {

    /** Accepts only a path on this site: no scheme, no host, no "//" or "\" tricks. */
    static String localOnly(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")) {
            return "/dashboard";
        }
        try {
            URI uri = new URI(target);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? target : "/dashboard";
        } catch (URISyntaxException e) {
            return "/dashboard";
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.sendRedirect(localOnly(req.getParameter("next")));
    }
}

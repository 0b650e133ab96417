package com.example.netops;

import java.io.IOException;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class PingServlet extends HttpServlet {
    private static final Pattern HOSTNAME = Pattern.compile("^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$");

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String host = req.getParameter("host");
        if (host == null || !HOSTNAME.matcher(host).matches()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid host");
            return;
        }
        // No shell, one argv element per argument, and the value is a plain hostname.
        Process p = new ProcessBuilder("ping", "-c", "1", "-W", "2", host).start();
        try {
            resp.getWriter().println(p.waitFor() == 0 ? "reachable" : "unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package com.example.netops;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Lets support staff check DNS resolution from the app server. */
public class DnsCheckServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String domain = req.getParameter("domain");
        String[] cmd = {"/bin/sh", "-c", "nslookup " + domain};
        Process p = Runtime.getRuntime().exec(cmd); // LABEL: CWE-78
        resp.setContentType("text/plain");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = r.readLine()) != null) {
                resp.getWriter().println(line);
            }
        }
    }
}

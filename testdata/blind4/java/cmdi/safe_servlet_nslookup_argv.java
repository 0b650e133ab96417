package com.example.tools;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

@WebServlet("/tools/dns")
public class DnsLookupServlet extends HttpServlet {

    private static final Set<String> TYPES = Set.of("A", "AAAA", "MX", "TXT", "CNAME");
    private static final Pattern HOSTNAME = Pattern.compile("^[A-Za-z0-9]([A-Za-z0-9-]{0,62}\\.)+[A-Za-z]{2,63}$");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String domain = req.getParameter("domain");
        String type = req.getParameter("type");
        if (type == null || !TYPES.contains(type)) {
            type = "A";
        }
        if (domain == null || !HOSTNAME.matcher(domain).matches()) {
            resp.sendError(400, "invalid domain");
            return;
        }
        ProcessBuilder pb = new ProcessBuilder(List.of("dig", "+short", type, domain));
        pb.redirectErrorStream(true);
        Process process = pb.start();
        resp.setContentType("text/plain");
        process.getInputStream().transferTo(resp.getOutputStream());
    }
}

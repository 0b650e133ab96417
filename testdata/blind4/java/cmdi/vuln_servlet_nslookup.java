package com.example.tools;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

@WebServlet("/tools/dns")
public class DnsLookupServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String domain = req.getParameter("domain");
        String type = req.getParameter("type");
        if (type == null) {
            type = "A";
        }
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add("-c");
        command.add("dig +short " + type + " " + domain);
        ProcessBuilder pb = new ProcessBuilder(command); // LABEL: CWE-78
        pb.redirectErrorStream(true);
        Process process = pb.start();
        resp.setContentType("text/plain");
        process.getInputStream().transferTo(resp.getOutputStream());
    }
}

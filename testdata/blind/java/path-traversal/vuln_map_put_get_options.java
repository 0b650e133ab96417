package com.example.printing;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;

public class LabelPrinter {
    private static final String TEMPLATES = "/opt/printing/templates/";

    public String preview(HttpServletRequest request) throws IOException {
        Map<String, String> job = new HashMap<>();
        job.put("copies", "1");
        job.put("template", request.getParameter("template"));
        job.putIfAbsent("template", "shipping.lbl");
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new FileReader(TEMPLATES + job.get("template")))) { // LABEL: CWE-22
            String line;
            while ((line = r.readLine()) != null) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}

package com.example.printing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;

public class ShippingLabelPrinter {
    private static final Path TEMPLATES = Path.of("/opt/printing/templates");

    public String preview(HttpServletRequest request) throws IOException {
        Map<String, String> job = new HashMap<>();
        job.put("caption", request.getParameter("caption"));
        job.put("template", "shipping.lbl");
        // The caption is printed on the label; the template file is always the shipping one.
        String body = Files.readString(TEMPLATES.resolve(job.get("template")));
        return body.replace("{{caption}}", String.valueOf(job.get("caption")));
    }
}

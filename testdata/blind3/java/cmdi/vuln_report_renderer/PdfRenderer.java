package com.example.reports;

import java.io.IOException;
import java.util.UUID;

import org.springframework.stereotype.Component;

@Component
class PdfRenderer {

    private final String outDir = "/var/lib/reports";

    String render(String sourceUrl, String paper) throws IOException, InterruptedException {
        String out = outDir + "/" + UUID.randomUUID() + ".pdf";
        String cmd = "wkhtmltopdf --page-size " + paper + " " + sourceUrl + " " + out;
        Process p = new ProcessBuilder("sh", "-c", cmd).redirectErrorStream(true).start(); // LABEL: CWE-78
        if (p.waitFor() != 0) {
            throw new IOException("render failed");
        }
        return out;
    }
}

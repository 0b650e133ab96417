package com.example.media;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

public class ExportFormatRunner {

    public Process export(HttpServletRequest request) throws IOException {
        var format = request.getParameter("format");
        if (format == null) format = "png";
        var converter = switch (format) {
            case "png" -> "/usr/local/bin/to-png";
            case "webp" -> "/usr/local/bin/to-webp";
            default -> "/usr/local/bin/convert-any --to " + format;
        };
        var line = converter + " /srv/in/current.raw";
        return Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", line}); // LABEL: CWE-78
    }
}

package com.example.media;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

public class FormatConverter {

    public Process convert(HttpServletRequest request) throws IOException {
        String format = request.getParameter("format");
        String tool;
        switch (format == null ? "" : format) {
            case "png":
                tool = "/usr/local/bin/to-png";
                break;
            case "webp":
                tool = "/usr/local/bin/to-webp";
                break;
            default:
                tool = "/usr/local/bin/to-jpeg";
        }
        // Only one of three fixed programs is ever run; the request picks which.
        return Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", tool + " /srv/in/current.raw"});
    }
}

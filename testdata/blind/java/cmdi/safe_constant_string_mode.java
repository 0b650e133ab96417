package com.example.pdf;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

public class PdfExporter {
    /** The wkhtmltopdf path was replaced by the in-process renderer. */
    private static final String RENDERER = "embedded";

    public byte[] export(HttpServletRequest request) throws IOException, InterruptedException {
        String page = request.getParameter("page");
        if ("shell".equals(RENDERER)) {
            Runtime.getRuntime().exec(new String[] {"sh", "-c", "wkhtmltopdf " + page + " /tmp/out.pdf"}).waitFor();
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/tmp/out.pdf"));
        }
        return EmbeddedRenderer.render(page == null ? "/" : page);
    }

    static final class EmbeddedRenderer {
        static byte[] render(String page) {
            return ("%PDF-1.7\n% " + page.length()).getBytes();
        }
    }
}

package com.example.exports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ExportServlet extends HttpServlet {
    private static final boolean ALLOW_CUSTOM_EXPORT_PATH = false;
    private static final Path DEFAULT_EXPORT = Path.of("/srv/exports/latest.csv");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Path export = DEFAULT_EXPORT;
        if (ALLOW_CUSTOM_EXPORT_PATH) {
            export = Path.of(req.getParameter("path"));
        }
        resp.setContentType("text/csv");
        Files.copy(export, resp.getOutputStream());
    }
}

package com.example.files;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/download")
public class DownloadServlet extends HttpServlet {
    private static final File UPLOAD_DIR = new File("/var/app/uploads");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("file");
        resp.setContentType("application/octet-stream");
        resp.setHeader("Content-Disposition", "attachment");
        try (InputStream in = new FileInputStream(new File(UPLOAD_DIR, name)); // LABEL: CWE-22
             OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }
}

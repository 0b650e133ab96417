package com.acme.files;

import java.io.InputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class DownloadServlet extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        Archive archive = new Archive("/srv/files");
        String file = req.getParameter("file"); // vigil:source
        try (InputStream in = archive.open(file)) {
            in.transferTo(resp.getOutputStream());
        }
    }
}

package com.example.preview;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Fetches a remote image so the editor can show a preview. */
public class ImageProxyServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String src = req.getParameter("src");
        URL url = new URL(src);
        resp.setContentType("image/*");
        try (InputStream in = url.openStream()) { // LABEL: CWE-918
            in.transferTo(resp.getOutputStream());
        }
    }
}

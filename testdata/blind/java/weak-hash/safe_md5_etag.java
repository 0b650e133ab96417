package com.example.assets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Serves bundled static files with an ETag so browsers can revalidate cheaply. */
public class StaticAssetHandler {

    public void serve(Path file, HttpServletRequest req, HttpServletResponse resp) throws IOException, NoSuchAlgorithmException {
        byte[] body = Files.readAllBytes(file);
        // MD5 is only a change detector here; nothing depends on it resisting collisions.
        String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body)) + "\"";
        if (etag.equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setHeader("ETag", etag);
        resp.getOutputStream().write(body);
    }
}

package com.example.fonts;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

public class FontPreview {

    public Process render(HttpServletRequest request) throws java.io.IOException {
        String font = "DejaVu Sans";
        for (Cookie c : request.getCookies() == null ? new Cookie[0] : request.getCookies()) {
            if ("previewFont".equals(c.getName())) {
                font = c.getValue();
            }
        }
        String cmd = "fc-match '" + font + "' && pango-view --font='" + font + "' -q -o /tmp/preview.png -t Sample";
        return java.lang.Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", cmd}); // LABEL: CWE-78
    }
}

package com.example.web.util;

import org.owasp.encoder.Encode;

/** The one place that turns untrusted text into HTML element content. */
public final class HtmlText {
    private HtmlText() {
    }

    public static String of(String untrusted) {
        return untrusted == null ? "" : Encode.forHtml(untrusted);
    }
}

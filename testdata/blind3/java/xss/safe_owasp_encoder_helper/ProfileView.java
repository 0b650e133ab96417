package com.example.profiles;

import org.owasp.encoder.Encode;

class ProfileView {

    String render(String name, String about) {
        String safeName = Encode.forHtml(name == null ? "" : name);
        String safeAbout = Encode.forHtml(about == null ? "" : about);
        return "<div class=\"profile\">"
                + "<h3>" + safeName + "</h3>"
                + "<p>" + safeAbout + "</p>"
                + "</div>";
    }

    String empty() {
        return "<div class=\"profile empty\"></div>";
    }
}

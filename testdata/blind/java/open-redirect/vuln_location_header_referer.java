package com.example.lang;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LanguageSwitch {

    /** Stores the chosen language and sends the visitor back where they came from. */
    public void handle(HttpServletRequest request, HttpServletResponse response) {
        request.getSession().setAttribute("lang", "de".equals(request.getParameter("lang")) ? "de" : "en");
        String back = request.getHeader("Referer");
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", back != null ? back : "/"); // LABEL: CWE-601
    }
}

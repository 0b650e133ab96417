package com.example.lang;

import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LanguageSwitch {

    /** Stores the chosen language and sends the visitor back to the page named in "back". */
    public void handle(HttpServletRequest request, HttpServletResponse response) {
        Map<String, String[]> params = request.getParameterMap();
        String[] lang = params.get("lang");
        request.getSession().setAttribute("lang", lang != null && "de".equals(lang[0]) ? "de" : "en");
        String[] back = params.get("back");
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", back != null ? back[0] : "/"); // LABEL: CWE-601
    }
}

package com.example.reviews;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.owasp.encoder.Encode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class ReviewPreviewController {

    @PostMapping("/reviews/preview")
    public void preview(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String author = request.getParameter("author");
        String text = request.getParameter("text");
        StringBuilder html = new StringBuilder();
        html.append("<blockquote>");
        html.append("<cite>").append(Encode.forHtml(author)).append("</cite>");
        html.append("<p>").append(text).append("</p>");
        html.append("</blockquote>");
        response.setContentType("text/html");
        response.getWriter().write(html.toString()); // LABEL: CWE-79
    }
}

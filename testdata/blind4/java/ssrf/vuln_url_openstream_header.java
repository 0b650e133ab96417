package com.example.pdf;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class LogoController {

    @GetMapping("/print/logo")
    public void logo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String logo = request.getHeader("X-Brand-Logo");
        if (logo == null || logo.isEmpty()) {
            logo = "https://assets.example.com/logo.png";
        }
        try (InputStream in = new URL(logo).openStream()) { // LABEL: CWE-918
            response.setContentType("image/png");
            in.transferTo(response.getOutputStream());
        }
    }
}

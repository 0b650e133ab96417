package com.example.billing.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class InvoiceController {

    private final HtmlFragments fragments = new HtmlFragments();

    @GetMapping("/invoices/{number}/summary")
    void summary(@PathVariable String number,
                 @RequestParam(defaultValue = "") String memo,
                 HttpServletResponse response) throws IOException {
        String html = fragments.summary(number, memo);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html); // LABEL: CWE-79
    }
}

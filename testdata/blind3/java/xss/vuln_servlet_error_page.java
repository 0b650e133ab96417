package com.example.web;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/search")
class SearchServlet extends HttpServlet {

    private static final String[] INDEX = {"pricing", "docs", "blog", "careers"};

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        resp.setContentType("text/html");
        PrintWriter out = resp.getWriter();
        int hits = 0;
        for (String page : INDEX) {
            if (q != null && page.contains(q)) {
                hits++;
            }
        }
        if (hits == 0) {
            out.println("<p>No results for <em>" + q + "</em></p>"); // LABEL: CWE-79
            return;
        }
        out.println("<p>" + hits + " results</p>");
    }
}

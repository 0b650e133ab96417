package com.example.kb;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.owasp.encoder.Encode;

@WebServlet("/kb/search")
public class ArticleSearchServlet extends HttpServlet {

    private final ArticleIndex index = ArticleIndex.shared();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String term = req.getParameter("q");
        if (term == null) {
            term = "";
        }
        List<Article> hits = index.search(term);
        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<h2>" + hits.size() + " articles match <em>" + Encode.forHtml(term) + "</em></h2>");
        for (Article a : hits) {
            out.println("<li><a href=\"/kb/" + a.getId() + "\">" + Encode.forHtml(a.getTitle()) + "</a></li>");
        }
    }
}

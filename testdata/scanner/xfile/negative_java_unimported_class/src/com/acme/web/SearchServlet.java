package com.acme.web;

import com.acme.data.Repo;
import java.sql.Connection;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SearchServlet extends HttpServlet {
    private Connection conn;

    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        String term = req.getParameter("term");
        int hits = Repo.count(conn, term);
        resp.setStatus(hits > 0 ? 200 : 404);
    }
}

package com.acme.web;

import java.sql.Connection;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ProfileServlet extends HttpServlet {
    private Connection conn;
    private final NameFilter filter = new NameFilter();

    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        String user = filter.clean(req.getParameter("user"));
        conn.createStatement().executeQuery("SELECT * FROM profiles WHERE name = '" + user + "'");
        resp.setStatus(200);
    }
}

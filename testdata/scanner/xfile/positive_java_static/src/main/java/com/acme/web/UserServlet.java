package com.acme.web;

import com.acme.data.UserQueries;
import java.sql.Connection;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class UserServlet extends HttpServlet {
    private Connection conn;

    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        String name = req.getParameter("name"); // vigil:source
        int n = UserQueries.count(conn, name);
        resp.setStatus(n > 0 ? 200 : 404);
    }
}

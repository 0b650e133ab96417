package com.example.shop.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

@WebServlet("/customers/search")
public class CustomerSearchServlet extends HttpServlet {
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String lastName = req.getParameter("lastName");
        if (lastName == null) lastName = "";
        String sql = "SELECT id, first_name, last_name FROM customers WHERE last_name LIKE '" + lastName + "%'";
        resp.setContentType("text/plain");
        PrintWriter out = resp.getWriter();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery(sql); // LABEL: CWE-89
            while (rs.next()) {
                out.println(rs.getLong("id") + "\t" + rs.getString("last_name"));
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}

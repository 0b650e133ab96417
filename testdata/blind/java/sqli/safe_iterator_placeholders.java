package com.example.compare;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SafeCompareServlet extends HttpServlet {
    private Connection db;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] skus = req.getParameterValues("sku");
        if (skus == null || skus.length == 0 || skus.length > 10) {
            resp.sendError(400);
            return;
        }
        String marks = String.join(",", Collections.nCopies(skus.length, "?"));
        List<String> values = List.of(skus);
        try (PreparedStatement ps = db.prepareStatement("SELECT sku, price FROM products WHERE sku IN (" + marks + ")")) {
            for (int i = 0; i < values.size(); i++) {
                ps.setString(i + 1, values.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    resp.getWriter().println(rs.getString(1) + " " + rs.getBigDecimal(2));
                }
            }
        } catch (SQLException e) {
            resp.sendError(500);
        }
    }
}

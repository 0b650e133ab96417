package com.example.shop;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

public class CartServlet extends HttpServlet {

    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String cartId = "";
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if ("cart".equals(c.getName())) {
                    cartId = c.getValue();
                }
            }
        }
        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT sku, qty FROM cart_items WHERE cart_id = '" + cartId + "'"); // LABEL: CWE-89
            resp.setContentType("application/json");
            resp.getWriter().write(CartJson.fromResultSet(rs));
        } catch (SQLException e) {
            resp.sendError(500);
        }
    }
}

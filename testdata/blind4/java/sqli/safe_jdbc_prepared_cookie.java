package com.example.shop;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement("SELECT sku, qty FROM cart_items WHERE cart_id = ?")) {
            ps.setString(1, cartId);
            resp.setContentType("application/json");
            resp.getWriter().write(CartJson.fromResultSet(ps.executeQuery()));
        } catch (SQLException e) {
            resp.sendError(500);
        }
    }
}

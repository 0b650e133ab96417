package com.example.prefs;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;
import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/prefs/language")
class LanguageServlet extends HttpServlet {

    @Resource(name = "jdbc/app")
    private DataSource ds;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String lang = "en";
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if ("lang".equals(c.getName())) {
                    lang = c.getValue();
                }
            }
        }
        long userId = (Long) req.getSession().getAttribute("userId");
        try (Connection conn = ds.getConnection();
             PreparedStatement ps = conn.prepareStatement("UPDATE users SET language = ? WHERE id = ?")) {
            ps.setString(1, lang);
            ps.setLong(2, userId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IOException(e);
        }
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}

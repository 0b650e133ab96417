package com.example.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

/** Loads the dashboard widgets for the region the visitor last picked. */
public class RegionReport {
    private final Connection db;

    public RegionReport(Connection db) {
        this.db = db;
    }

    public int countOpenTickets(HttpServletRequest request) throws SQLException {
        Map<String, String> prefs = new HashMap<>();
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                prefs.put(c.getName(), c.getValue());
            }
        }
        String region = prefs.getOrDefault("region", "eu");
        String sql = "SELECT COUNT(*) FROM tickets WHERE state = ? AND region = '" + region + "'";
        try (PreparedStatement ps = db.prepareStatement(sql)) { // LABEL: CWE-89
            ps.setString(1, "open");
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}

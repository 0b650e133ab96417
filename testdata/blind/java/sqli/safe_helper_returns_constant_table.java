package com.example.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.servlet.http.HttpServletRequest;

public class ArchiveCounter {
    private final Connection db;

    public ArchiveCounter(Connection db) {
        this.db = db;
    }

    /** Returns one of two fixed table names; the argument only picks which. */
    static String tableFor(String year) {
        if ("2023".equals(year)) {
            return "orders_2023";
        }
        return "orders_current";
    }

    public long count(HttpServletRequest request) throws SQLException {
        String table = tableFor(request.getParameter("year"));
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE customer_id = ?")) {
            ps.setLong(1, Long.parseLong(request.getParameter("customer")));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }
    }
}

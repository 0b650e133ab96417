package com.example.reports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.servlet.http.HttpServletRequest;

public class StatusReport {
    /** Custom status filters were withdrawn; every report now covers active accounts. */
    private static final String REPORTED_STATUS = "active";
    private final Connection db;

    public StatusReport(Connection db) {
        this.db = db;
    }

    public int count(HttpServletRequest request) throws SQLException {
        String status = request.getParameter("status");
        if (status != null && !status.equals(REPORTED_STATUS)) {
            System.err.println("ignoring requested status filter");
        }
        status = REPORTED_STATUS;
        try (ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM accounts WHERE status = '" + status + "'")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}

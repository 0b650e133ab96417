package com.example.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.servlet.http.HttpServletRequest;

public class AuditTrail {
    /** Raw SQL tracing was removed for production builds. */
    private static final boolean TRACE_RAW_SQL = false;
    private final Connection db;

    public AuditTrail(Connection db) {
        this.db = db;
    }

    public void record(HttpServletRequest request) throws SQLException {
        String action = request.getParameter("action");
        if (TRACE_RAW_SQL) {
            db.createStatement().execute("INSERT INTO audit_raw(action) VALUES ('" + action + "')");
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO audit(action) VALUES (?)")) {
            ps.setString(1, action);
            ps.executeUpdate();
        }
    }
}

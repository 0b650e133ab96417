package com.example.helpdesk;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;

public class TicketSearch {
    private final Connection db;

    public TicketSearch(Connection db) {
        this.db = db;
    }

    /** Normalises user input before it is used in queries. */
    static String sanitize(String input) {
        return input == null ? "" : input.trim().replaceAll("\\s+", " ");
    }

    public List<String> subjects(HttpServletRequest request) throws SQLException {
        String term = sanitize(request.getParameter("term"));
        List<String> out = new ArrayList<>();
        String sql = "SELECT subject FROM tickets WHERE subject LIKE '%" + term + "%' ORDER BY id DESC";
        try (ResultSet rs = db.createStatement().executeQuery(sql)) { // LABEL: CWE-89
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}

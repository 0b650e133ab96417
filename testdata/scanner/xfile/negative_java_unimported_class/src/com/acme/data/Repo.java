package com.acme.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

public final class Repo {
    private Repo() {}

    public static int count(Connection conn, String term) throws SQLException {
        PreparedStatement ps = conn.prepareStatement("SELECT COUNT(*) FROM docs WHERE title = ?");
        ps.setString(1, term);
        ResultSet rs = ps.executeQuery();
        return rs.next() ? rs.getInt(1) : 0;
    }
}

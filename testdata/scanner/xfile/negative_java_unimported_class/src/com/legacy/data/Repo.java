package com.legacy.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

public final class Repo {
    private Repo() {}

    public static int count(Connection conn, String term) throws SQLException {
        ResultSet rs = conn.createStatement().executeQuery("SELECT COUNT(*) FROM docs WHERE title = '" + term + "'");
        return rs.next() ? rs.getInt(1) : 0;
    }
}

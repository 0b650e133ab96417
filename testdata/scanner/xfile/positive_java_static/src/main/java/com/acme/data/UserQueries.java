package com.acme.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

public final class UserQueries {
    private UserQueries() {}

    public static int count(Connection conn, String name) throws SQLException {
        String sql = "SELECT COUNT(*) FROM users WHERE name = '" + name + "'";
        ResultSet rs = conn.createStatement().executeQuery(sql); // vigil:expect VGL-JAVA-SQLI-001
        return rs.next() ? rs.getInt(1) : 0;
    }
}

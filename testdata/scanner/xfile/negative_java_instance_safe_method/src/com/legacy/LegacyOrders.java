package com.legacy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

public class LegacyOrders {
    private Connection conn;

    public ResultSet byCustomer(String customer) throws SQLException {
        return conn.createStatement().executeQuery("SELECT * FROM orders WHERE customer = '" + customer + "'");
    }
}

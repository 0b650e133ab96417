package com.shop.repo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

public class OrderRepository {
    private final Connection conn;

    public OrderRepository(Connection conn) {
        this.conn = conn;
    }

    public ResultSet byCustomer(String customer) throws SQLException {
        String q = "SELECT * FROM orders WHERE customer = '" + customer + "'";
        return conn.createStatement().executeQuery(q); // vigil:expect VGL-JAVA-SQLI-001
    }
}

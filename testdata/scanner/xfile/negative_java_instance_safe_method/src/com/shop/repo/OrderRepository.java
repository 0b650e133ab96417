package com.shop.repo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

public class OrderRepository {
    private final Connection conn;

    public OrderRepository(Connection conn) {
        this.conn = conn;
    }

    public ResultSet byCustomer(String customer) throws SQLException {
        PreparedStatement ps = conn.prepareStatement("SELECT * FROM orders WHERE customer = ?");
        ps.setString(1, customer);
        return ps.executeQuery();
    }
}

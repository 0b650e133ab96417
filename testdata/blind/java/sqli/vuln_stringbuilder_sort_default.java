package com.example.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;

public class ProductListing {
    private final Connection connection;

    public ProductListing(Connection connection) {
        this.connection = connection;
    }

    public List<String> list(HttpServletRequest request) throws SQLException {
        String sort = request.getParameter("sort");
        if (sort == null || sort.isEmpty()) {
            sort = "name";
        }
        StringBuilder sb = new StringBuilder("SELECT name FROM products WHERE active = 1");
        sb.append(" ORDER BY ").append(sort);
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.createStatement().executeQuery(sb.toString())) { // LABEL: CWE-89
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}

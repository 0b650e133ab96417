package com.example.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;

public class SortedProductListing {
    private static final Set<String> SORTABLE = Set.of("name", "price", "created_at");
    private final Connection connection;

    public SortedProductListing(Connection connection) {
        this.connection = connection;
    }

    public List<String> list(HttpServletRequest request) throws SQLException {
        String requested = request.getParameter("sort");
        String sort = SORTABLE.contains(requested) ? requested : "name";
        String sql = "SELECT name FROM products ORDER BY " + sort;
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}

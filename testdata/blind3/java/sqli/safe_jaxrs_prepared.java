package com.example.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

@Path("/warehouses/{code}/stock")
class StockResource {

    @Inject
    DataSource dataSource;

    @GET
    public List<String> stock(@PathParam("code") String code, @QueryParam("minQty") int minQty) throws SQLException {
        String sql = "SELECT sku FROM stock WHERE warehouse = ? AND qty >= ?";
        List<String> skus = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, code);
            ps.setInt(2, minQty);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    skus.add(rs.getString(1));
                }
            }
        }
        return skus;
    }
}

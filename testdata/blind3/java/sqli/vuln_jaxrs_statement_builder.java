package com.example.inventory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/warehouses/{code}/stock")
class StockResource {

    @Inject
    DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> stock(@PathParam("code") String code, @QueryParam("minQty") int minQty) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT sku FROM stock WHERE warehouse = '");
        sql.append(code).append("' AND qty >= ").append(minQty);
        List<String> skus = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql.toString())) { // LABEL: CWE-89
            while (rs.next()) {
                skus.add(rs.getString(1));
            }
        }
        return skus;
    }
}

package com.example.inventory.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

@Path("/warehouses/{id}/stock")
public class StockResource {

    @Inject
    DataSource ds;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public StockLevel get(@PathParam("id") int warehouseId) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT SUM(qty) FROM stock WHERE warehouse_id = " + warehouseId);
            rs.next();
            return new StockLevel(warehouseId, rs.getLong(1));
        }
    }
}

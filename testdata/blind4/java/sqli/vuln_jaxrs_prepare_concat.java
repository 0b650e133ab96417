package com.example.inventory.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

@Path("/warehouses/{code}/stock")
public class StockResource {

    @Inject
    DataSource ds;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public StockLevel get(@PathParam("code") String code) throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT SUM(qty) FROM stock WHERE warehouse = '" + code + "'")) { // LABEL: CWE-89
            ResultSet rs = ps.executeQuery();
            rs.next();
            return new StockLevel(code, rs.getLong(1));
        }
    }
}

package com.example.compare;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Product comparison: /compare?sku=A1&sku=B7&sku=C3 */
public class CompareServlet extends HttpServlet {
    private Connection db;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] skus = req.getParameterValues("sku");
        List<String> quoted = new ArrayList<>();
        Iterator<String> it = Arrays.asList(skus == null ? new String[0] : skus).iterator();
        while (it.hasNext()) {
            quoted.add("'" + it.next() + "'");
        }
        String sql = "SELECT sku, name, price FROM products WHERE sku IN (" + String.join(",", quoted) + ")";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) { // LABEL: CWE-89
            while (rs.next()) {
                resp.getWriter().println(rs.getString("sku") + " " + rs.getBigDecimal("price"));
            }
        } catch (SQLException e) {
            resp.sendError(500);
        }
    }
}

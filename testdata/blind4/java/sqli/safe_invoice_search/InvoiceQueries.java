package com.example.billing.repo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceQueries {

    private static final Map<String, String> ORDER_COLUMNS = Map.of(
            "issued_at", "issued_at DESC",
            "total", "total DESC",
            "number", "number");

    private final JdbcTemplate jdbc;

    public InvoiceQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Map<String, Object>> search(String customer, String orderBy) {
        StringBuilder sql = new StringBuilder("SELECT id, number, total FROM invoices WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (customer != null && !customer.isBlank()) {
            sql.append(" AND customer_name LIKE ?");
            args.add("%" + customer + "%");
        }
        sql.append(" ORDER BY ").append(ORDER_COLUMNS.getOrDefault(orderBy, "issued_at DESC"));
        return jdbc.queryForList(sql.toString(), args.toArray());
    }
}

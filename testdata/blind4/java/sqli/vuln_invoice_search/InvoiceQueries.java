package com.example.billing.repo;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceQueries {

    private final JdbcTemplate jdbc;

    public InvoiceQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Map<String, Object>> search(String customer, String orderBy) {
        StringBuilder sql = new StringBuilder("SELECT id, number, total FROM invoices WHERE 1=1");
        if (customer != null && !customer.isBlank()) {
            sql.append(" AND customer_name LIKE '%").append(customer).append("%'");
        }
        sql.append(" ORDER BY ").append(orderBy);
        return jdbc.queryForList(sql.toString()); // LABEL: CWE-89
    }
}

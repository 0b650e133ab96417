package com.example.orders.api;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderSearchController {
    private final JdbcTemplate jdbc;

    public OrderSearchController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/customers/{customer}/orders")
    public List<Map<String, Object>> orders(@PathVariable String customer) {
        String query = "SELECT id, total FROM orders WHERE customer_ref = ? ORDER BY created_at DESC";
        return jdbc.queryForList(query, customer);
    }
}

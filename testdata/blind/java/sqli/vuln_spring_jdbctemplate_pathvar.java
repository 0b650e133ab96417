package com.example.orders.api;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderStatusController {
    private final JdbcTemplate jdbc;

    public OrderStatusController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/orders/by-status/{status}")
    public List<Map<String, Object>> byStatus(@PathVariable("status") String status) {
        String query = "SELECT id, total, created_at FROM orders WHERE status = '" + status + "' ORDER BY created_at DESC";
        return jdbc.queryForList(query); // LABEL: CWE-89
    }
}

package com.example.invoices;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class InvoiceController {
    private final JdbcTemplate jdbc;

    public InvoiceController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/invoice")
    public Map<String, Object> invoice(@RequestParam("id") String rawId) {
        long id = Long.parseLong(rawId);
        return jdbc.queryForMap("SELECT number, total FROM invoices WHERE id = " + id);
    }
}

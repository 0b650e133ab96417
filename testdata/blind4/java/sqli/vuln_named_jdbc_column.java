package com.example.catalog.repo;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class ProductFilterController {

    private final NamedParameterJdbcTemplate jdbc;

    public ProductFilterController(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/products/filter")
    public List<Map<String, Object>> filter(@RequestParam String attribute, @RequestParam String value) {
        String sql = "SELECT id, name, price FROM products WHERE " + attribute + " = :value ORDER BY name";
        return jdbc.queryForList(sql, Map.of("value", value)); // LABEL: CWE-89
    }
}

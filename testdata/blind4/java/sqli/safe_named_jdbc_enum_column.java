package com.example.catalog.repo;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class ProductFilterController {

    enum Attribute {
        BRAND("brand"), COLOUR("colour"), SIZE("size_label");

        final String column;

        Attribute(String column) {
            this.column = column;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    public ProductFilterController(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/products/filter")
    public List<Map<String, Object>> filter(@RequestParam Attribute attribute, @RequestParam String value) {
        String sql = "SELECT id, name, price FROM products WHERE " + attribute.column + " = :value ORDER BY name";
        return jdbc.queryForList(sql, Map.of("value", value));
    }
}

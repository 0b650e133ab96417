package com.example.catalog;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

enum SortKey {
    NAME("name"), PRICE("price_cents"), NEWEST("created_at");

    final String column;

    SortKey(String column) {
        this.column = column;
    }

    static SortKey parse(String raw) {
        for (SortKey k : values()) {
            if (k.name().equalsIgnoreCase(raw)) {
                return k;
            }
        }
        return NAME;
    }
}

@Repository
class ProductQueries {
    private final JdbcTemplate jdbc;

    ProductQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Map<String, Object>> sorted(SortKey key) {
        return jdbc.queryForList("SELECT id, name, price_cents FROM products ORDER BY " + key.column);
    }
}

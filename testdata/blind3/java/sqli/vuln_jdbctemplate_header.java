package com.example.reports;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RegionReportController {

    private final JdbcTemplate jdbc;

    RegionReportController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/reports/sales")
    List<Map<String, Object>> sales(@RequestHeader(value = "X-Region", required = false) String region) {
        String r = region;
        if (r == null || r.isBlank()) {
            r = "EU";
        }
        String sql = String.format("SELECT month, SUM(amount) AS total FROM sales WHERE region = '%s' GROUP BY month", r);
        return jdbc.queryForList(sql); // LABEL: CWE-89
    }
}

package com.example.hr;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class EmployeeExportController {

    private final JdbcTemplate jdbc;

    public EmployeeExportController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/employees/export")
    public List<Map<String, Object>> export(HttpServletRequest request) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("country", request.getParameter("country"));
        filters.put("department", request.getParameter("department"));
        StringBuilder where = new StringBuilder(" WHERE active = 1");
        Iterator<Map.Entry<String, String>> it = filters.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, String> e = it.next();
            if (e.getValue() != null) {
                where.append(" AND ").append(e.getKey()).append(" = '").append(e.getValue()).append("'");
            }
        }
        return jdbc.queryForList("SELECT id, name, email FROM employees" + where); // LABEL: CWE-89
    }
}

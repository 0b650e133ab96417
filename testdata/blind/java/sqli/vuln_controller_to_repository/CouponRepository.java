package com.example.coupons.data;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class CouponRepository {
    private final JdbcTemplate jdbc;

    public CouponRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the code exists and has not expired. */
    public boolean isActive(String code) {
        String sql = "SELECT COUNT(*) FROM coupons WHERE code = '" + code + "' AND expires_at > CURRENT_TIMESTAMP";
        Integer n = jdbc.queryForObject(sql, Integer.class); // LABEL: CWE-89
        return n != null && n > 0;
    }
}

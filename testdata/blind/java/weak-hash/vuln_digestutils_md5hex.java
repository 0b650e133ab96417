package com.example.legacyauth;

import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.JdbcTemplate;

public class LegacyLogin {
    private final JdbcTemplate jdbc;

    public LegacyLogin(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean check(String username, String password) {
        String hash = DigestUtils.md5Hex(password); // LABEL: CWE-328
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM users WHERE username = ? AND password_md5 = ?", Integer.class, username, hash);
        return n != null && n == 1;
    }
}

package com.example.prefs;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class PreferenceController {

    public record PreferenceChange(String key, String value) {}

    private final JdbcTemplate jdbcTemplate;
    private final CurrentUser currentUser;

    public PreferenceController(JdbcTemplate jdbcTemplate, CurrentUser currentUser) {
        this.jdbcTemplate = jdbcTemplate;
        this.currentUser = currentUser;
    }

    @PutMapping("/me/preferences")
    public ResponseEntity<Void> update(@RequestBody PreferenceChange change) {
        String sql = String.format("UPDATE user_prefs SET pref_value = '%s' WHERE user_id = %d AND pref_key = '%s'",
                change.value(), currentUser.id(), change.key());
        jdbcTemplate.update(sql); // LABEL: CWE-89
        return ResponseEntity.noContent().build();
    }
}

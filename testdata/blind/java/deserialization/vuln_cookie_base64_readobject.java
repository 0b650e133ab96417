package com.example.prefs;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PreferencesController {

    @GetMapping("/api/prefs")
    @SuppressWarnings("unchecked")
    public Map<String, String> prefs(@CookieValue(name = "prefs", required = false) String encoded) throws Exception {
        if (encoded == null) {
            return new HashMap<>();
        }
        byte[] raw = Base64.getUrlDecoder().decode(encoded);
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(raw))) {
            return (Map<String, String>) ois.readObject(); // LABEL: CWE-502
        }
    }
}

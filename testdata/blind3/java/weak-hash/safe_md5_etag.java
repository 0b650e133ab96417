package com.example.assets;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
class ConfigController {

    private static final String CLIENT_CONFIG = "{\"features\":{\"darkMode\":true,\"beta\":false}}";

    @GetMapping("/client-config.json")
    ResponseEntity<String> config(WebRequest request) {
        String etag = "\"" + DigestUtils.md5DigestAsHex(CLIENT_CONFIG.getBytes(StandardCharsets.UTF_8)) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).body(CLIENT_CONFIG);
    }
}

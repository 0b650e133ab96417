package com.example.auth;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TokenController {

    @PostMapping("/api/session")
    public ResponseEntity<Void> create() {
        String jwt = "eyJ..." + System.nanoTime();
        ResponseCookie cookie = ResponseCookie.from("access_token", jwt).httpOnly(true).secure(false).path("/").maxAge(Duration.ofMinutes(15)).build(); // LABEL: CWE-614
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }
}

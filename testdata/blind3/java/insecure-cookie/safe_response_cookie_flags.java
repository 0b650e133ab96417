package com.example.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RememberMeController {

    private final SecureRandom random = new SecureRandom();

    @PostMapping("/login/remember")
    ResponseEntity<Void> remember() {
        byte[] token = new byte[32];
        random.nextBytes(token);
        ResponseCookie cookie = ResponseCookie.from("remember_me", HexFormat.of().formatHex(token))
                .maxAge(Duration.ofDays(30)).path("/").secure(true).httpOnly(true).sameSite("Lax").build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }
}

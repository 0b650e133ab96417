package com.example.auth;

import com.auth0.jwt.algorithms.Algorithm;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;

public class TokenService {
    private final String secret = System.getenv("JWT_SECRET");

    public String issue(String username) {
        return Jwts.builder().setSubject(username).signWith(SignatureAlgorithm.HS256, secret).compact();
    }

    public Object read(String token) {
        return Jwts.parserBuilder()
                .setSigningKey(Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8)))
                .build()
                .parseClaimsJws(token);
    }

    public SecretKeySpec cardKey() {
        return new SecretKeySpec(System.getenv("CARD_KEY").getBytes(StandardCharsets.UTF_8), "AES");
    }

    public Algorithm algorithm() {
        return Algorithm.HMAC256(secret);
    }
}

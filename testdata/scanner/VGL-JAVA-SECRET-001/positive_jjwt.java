package com.example.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.util.Date;

public class TokenService {
    public String issue(String username) {
        return Jwts.builder()
                .setSubject(username)
                .setExpiration(new Date(System.currentTimeMillis() + 3_600_000))
                .signWith(SignatureAlgorithm.HS256, "q8W!zR2#vN5pL0tYq8W!zR2#vN5pL0tY") // vigil:expect VGL-JAVA-SECRET-001
                .compact();
    }

    public Claims read(String token) {
        return Jwts.parserBuilder()
                .setSigningKey(Keys.hmacShaKeyFor("c1f4e7a9b2d5086e3f1ac1f4e7a9b2d5".getBytes(StandardCharsets.UTF_8))) // vigil:expect VGL-JAVA-SECRET-001
                .build()
                .parseClaimsJws(token)
                .getBody();
    }
}

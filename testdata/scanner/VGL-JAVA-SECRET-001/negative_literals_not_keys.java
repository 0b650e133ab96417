package com.example.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

public class Labels {
    // literals that are no keys: a digest's input, a message, a placeholder in sample code
    public byte[] fingerprint(String body) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update("audit-log-v2".getBytes(StandardCharsets.UTF_8));
        return md.digest(body.getBytes(StandardCharsets.UTF_8));
    }

    public String greeting(StringBuilder sb) {
        return sb.append("Welcome back, operator").toString();
    }

    public Object sample(io.jsonwebtoken.JwtBuilder b) {
        return b.signWith(io.jsonwebtoken.SignatureAlgorithm.HS256, "your-256-bit-secret");
    }
}

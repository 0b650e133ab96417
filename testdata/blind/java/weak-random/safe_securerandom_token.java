package com.example.accounts;

import java.security.SecureRandom;
import java.util.Base64;

public class ApiKeyGenerator {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Returns a 256-bit key, URL-safe, without padding. */
    public String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "ak_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

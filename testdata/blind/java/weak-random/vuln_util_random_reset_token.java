package com.example.accounts;

import java.util.Random;

/** Issues password-reset tokens that are mailed to the user. */
public class ResetTokenService {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final Random random = new Random();

    public String newToken() {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length()))); // LABEL: CWE-338
        }
        return token.toString();
    }
}

package com.example.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stores account passwords. */
public class PasswordStore {
    private final UserRepository users;

    public PasswordStore(UserRepository users) {
        this.users = users;
    }

    public void setPassword(long userId, String password) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8)); // LABEL: CWE-328
        users.updatePasswordHash(userId, HexFormat.of().formatHex(digest));
    }

    public interface UserRepository {
        void updatePasswordHash(long userId, String hash);
    }
}

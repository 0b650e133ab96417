package com.example.tokens;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

public class RememberMeCodec {
    private static final String TRANSFORMATION = "AES";
    private final SecretKeySpec key;

    public RememberMeCodec(byte[] rawKey) {
        this.key = new SecretKeySpec(rawKey, "AES");
    }

    /** Encodes the user id carried by the remember-me cookie. */
    public String encode(String userId) throws Exception {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION); // LABEL: CWE-327
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return Base64.getUrlEncoder().encodeToString(cipher.doFinal(userId.getBytes(StandardCharsets.UTF_8)));
    }
}

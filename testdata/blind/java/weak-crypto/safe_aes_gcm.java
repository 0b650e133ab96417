package com.example.export;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public class GcmExportEncryptor {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKey key;

    public GcmExportEncryptor(SecretKey key) {
        this.key = key;
    }

    public byte[] seal(byte[] plaintext) throws Exception {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        byte[] sealed = c.doFinal(plaintext);
        return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
    }
}

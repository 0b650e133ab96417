package com.example.tokens;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public class SessionBlobCipher {
    /** Kept only to reject blobs written by the 2019 format during migration. */
    static final String LEGACY_TRANSFORMATION = "AES/ECB/PKCS5Padding";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private final SecretKey key;

    public SessionBlobCipher(SecretKey key) {
        this.key = key;
    }

    public boolean isLegacy(String header) {
        return LEGACY_TRANSFORMATION.equals(header);
    }

    public byte[] open(byte[] nonce, byte[] sealed) throws Exception {
        Cipher c = Cipher.getInstance(TRANSFORMATION);
        c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        return c.doFinal(sealed);
    }
}

package com.example.export;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;

public class ExportEncryptor {
    private final SecretKey key;

    public ExportEncryptor(SecretKey key) {
        this.key = key;
    }

    public byte[] seal(byte[] csv) throws Exception {
        Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding"); // LABEL: CWE-327
        c.init(Cipher.ENCRYPT_MODE, key);
        return c.doFinal(csv);
    }
}

package com.example.legacy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Encrypts card references before they are written to the ledger table. */
public class CardReferenceCipher {
    private final SecretKeySpec key;
    private final IvParameterSpec iv;

    public CardReferenceCipher(byte[] key8, byte[] iv8) {
        this.key = new SecretKeySpec(key8, "DES");
        this.iv = new IvParameterSpec(iv8);
    }

    public String encrypt(String reference) throws Exception {
        Cipher cipher = Cipher.getInstance("DES/CBC/PKCS5Padding"); // LABEL: CWE-327
        cipher.init(Cipher.ENCRYPT_MODE, key, iv);
        return Base64.getEncoder().encodeToString(cipher.doFinal(reference.getBytes(StandardCharsets.UTF_8)));
    }
}

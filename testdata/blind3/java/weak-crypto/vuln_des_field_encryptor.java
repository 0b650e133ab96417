package com.example.persistence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
class SsnConverter implements AttributeConverter<String, String> {

    private final SecretKeySpec key = new SecretKeySpec(Base64.getDecoder().decode(System.getenv("SSN_KEY")), "DES");
    private final SecureRandom random = new SecureRandom();

    @Override
    public String convertToDatabaseColumn(String ssn) {
        try {
            byte[] iv = new byte[8];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("DES/CBC/PKCS5Padding"); // LABEL: CWE-327
            cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
            byte[] ct = cipher.doFinal(ssn.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(iv) + ":" + Base64.getEncoder().encodeToString(ct);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored;
    }
}

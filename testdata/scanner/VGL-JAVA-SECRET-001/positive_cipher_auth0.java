package com.example.crypto;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

public class CardVault {
    public byte[] seal(byte[] cardNumber) throws Exception {
        SecretKeySpec key = new SecretKeySpec("9Fk2Lq7Xv0Rt3Wz8".getBytes("UTF-8"), "AES"); // vigil:expect VGL-JAVA-SECRET-001
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(cardNumber);
    }

    public String ticket(String user) {
        return JWT.create().withSubject(user).sign(Algorithm.HMAC256("k7Qz9vLp2Xw8")); // vigil:expect VGL-JAVA-SECRET-001
    }
}

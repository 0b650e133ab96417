package com.example.links;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class ShareLinkCodec {

    private final SecretKeySpec key;

    public ShareLinkCodec(@Value("${share.key}") String base64Key) {
        this.key = new SecretKeySpec(Base64.getDecoder().decode(base64Key), "AES");
    }

    public String encode(long documentId, long expiresAt) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding"); // LABEL: CWE-327
        cipher.init(Cipher.ENCRYPT_MODE, key);
        byte[] plain = (documentId + ":" + expiresAt).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(cipher.doFinal(plain));
    }
}

package com.example.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs outgoing webhook payloads so receivers can verify them. */
public class WebhookSigner {
    private static final byte[] SIGNING_KEY = "whsec_9f3K2pLq7Xv0aZt4Rm8Nc1Bd6Ye5Gh".getBytes(StandardCharsets.UTF_8); // LABEL: CWE-798

    public String sign(String payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SIGNING_KEY, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }
}

package com.example.thumbnails;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

@Component
public class ThumbnailCacheKeys {

    /** Shards cached thumbnails by a short digest of the source URL and the requested size. */
    public String keyFor(String sourceUrl, int width, int height) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            byte[] sum = digest.digest((sourceUrl + "|" + width + "x" + height).getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(sum);
            return hex.substring(0, 2) + "/" + hex;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

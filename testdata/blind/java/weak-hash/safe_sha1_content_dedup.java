package com.example.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names stored blobs by content so identical uploads share one file, like git's object ids.
 * Uploads are already authorised; the hash only deduplicates.
 */
public class BlobNamer {

    public String nameFor(InputStream upload) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        try (DigestInputStream in = new DigestInputStream(upload, sha1)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha1.digest());
    }
}

public class SessionKeys {
    public byte[] tokenDigest(byte[] seed) throws Exception {
        var md = java.security.MessageDigest.getInstance("MD5"); // vigil:expect VGL-JAVA-HASH-001
        return md.digest(seed);
    }

    public String signature(String body) {
        return org.apache.commons.codec.digest.DigestUtils.sha1Hex(body); // vigil:expect VGL-JAVA-HASH-001
    }
}

public class SessionKeys {
    public byte[] tokenDigest(byte[] seed) throws Exception {
        var md = java.security.MessageDigest.getInstance("SHA-256");
        return md.digest(seed);
    }

    public String signature(String body) {
        return org.apache.commons.codec.digest.DigestUtils.sha256Hex(body);
    }
}

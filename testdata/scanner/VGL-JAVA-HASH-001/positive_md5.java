import java.security.MessageDigest;

public class Checksums {
    public byte[] fingerprint(byte[] data) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5"); // vigil:expect VGL-JAVA-HASH-001
        return md.digest(data);
    }
}

import java.security.MessageDigest;

public class Checksums {
    public byte[] fingerprint(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }
}

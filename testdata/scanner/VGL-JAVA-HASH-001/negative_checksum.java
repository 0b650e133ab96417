import java.security.MessageDigest;

public class Checksums {
    public byte[] fingerprint(byte[] data) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5");
        return md.digest(data);
    }
}

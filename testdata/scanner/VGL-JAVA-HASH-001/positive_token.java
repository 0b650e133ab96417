import java.security.MessageDigest;

public class Tokens {
    public byte[] resetToken(byte[] seed) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5"); // vigil:expect VGL-JAVA-HASH-001
        return md.digest(seed);
    }
}

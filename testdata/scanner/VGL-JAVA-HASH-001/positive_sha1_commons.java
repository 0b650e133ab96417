import java.security.MessageDigest;
import org.apache.commons.codec.digest.DigestUtils;

public class Passwords {
    public String hash(String password) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-1").digest(password.getBytes()); // vigil:expect VGL-JAVA-HASH-001
        return DigestUtils.md5Hex(password) + d.length; // vigil:expect VGL-JAVA-HASH-001
    }
}

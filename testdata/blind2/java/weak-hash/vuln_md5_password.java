import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

class PasswordService {
    String hash(String password) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("MD5"); // LABEL: CWE-328, CWE-916
        byte[] digest = md.digest(password.getBytes(StandardCharsets.UTF_8));
        return String.format("%032x", new BigInteger(1, digest));
    }

    boolean matches(String password, String stored) throws NoSuchAlgorithmException {
        return hash(password).equals(stored);
    }
}

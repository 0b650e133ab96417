import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

class TokenSealer {
    private final SecretKeySpec key;
    private final SecureRandom rng = new SecureRandom();

    TokenSealer(byte[] raw) {
        this.key = new SecretKeySpec(raw, "AES");
    }

    byte[] seal(byte[] token) throws Exception {
        byte[] iv = new byte[12];
        rng.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return c.doFinal(token);
    }
}

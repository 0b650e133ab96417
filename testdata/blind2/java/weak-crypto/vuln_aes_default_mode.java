import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

class TokenSealer {
    private final SecretKeySpec key;

    TokenSealer(byte[] raw) {
        this.key = new SecretKeySpec(raw, "AES");
    }

    byte[] seal(byte[] token) throws Exception {
        Cipher c = Cipher.getInstance("AES"); // LABEL: CWE-327
        c.init(Cipher.ENCRYPT_MODE, key);
        return c.doFinal(token);
    }
}

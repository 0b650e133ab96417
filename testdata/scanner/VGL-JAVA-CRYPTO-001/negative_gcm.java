import javax.crypto.Cipher;

public class Tokens {
    public Cipher gcm() throws Exception {
        return Cipher.getInstance("AES/GCM/NoPadding");
    }
}

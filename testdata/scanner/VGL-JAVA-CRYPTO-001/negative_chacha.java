import javax.crypto.Cipher;

public class Box {
    public Cipher open() throws Exception {
        Cipher c = Cipher.getInstance("ChaCha20-Poly1305");
        return c;
    }

    public Cipher wrap() throws Exception {
        return Cipher.getInstance("AESWrap");
    }
}

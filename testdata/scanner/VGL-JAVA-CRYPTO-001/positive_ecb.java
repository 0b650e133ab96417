import javax.crypto.Cipher;

public class Tokens {
    public Cipher ecb() throws Exception {
        return Cipher.getInstance("AES/ECB/PKCS5Padding"); // vigil:expect VGL-JAVA-CRYPTO-001
    }

    public Cipher defaultMode() throws Exception {
        return Cipher.getInstance("AES"); // vigil:expect VGL-JAVA-CRYPTO-001
    }
}

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

public class Legacy {
    public byte[] encrypt(byte[] key, byte[] data) throws Exception {
        Cipher c = Cipher.getInstance("DES/CBC/PKCS5Padding"); // vigil:expect VGL-JAVA-CRYPTO-001
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "DES"));
        return c.doFinal(data);
    }
}

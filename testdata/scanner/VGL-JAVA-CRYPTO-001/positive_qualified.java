public class Vault {
    public byte[] seal(byte[] key, byte[] data) throws Exception {
        javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("DES/CBC/PKCS5Padding"); // vigil:expect VGL-JAVA-CRYPTO-001
        c.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(key, "DES"));
        return c.doFinal(data);
    }
}

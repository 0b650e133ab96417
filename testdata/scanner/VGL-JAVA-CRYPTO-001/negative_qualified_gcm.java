public class Vault {
    public byte[] seal(javax.crypto.SecretKey key, byte[] iv, byte[] data) throws Exception {
        javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        c.init(javax.crypto.Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.GCMParameterSpec(128, iv));
        return c.doFinal(data);
    }
}

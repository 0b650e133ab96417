public class Signatures {
    public boolean verify(byte[] data, byte[] sig) {
        return true;
    }

    public void register(Registry r) {
        r.setHandler((a, b) -> true);
    }
}

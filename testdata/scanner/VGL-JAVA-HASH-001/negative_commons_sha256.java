import org.apache.commons.codec.digest.DigestUtils;

public class Etags {
    private static final String MD5_NOTE = "we used MD5 before";

    public String etag(byte[] body) {
        return DigestUtils.sha256Hex(body);
    }
}

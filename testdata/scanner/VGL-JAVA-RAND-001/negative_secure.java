import java.security.SecureRandom;
import java.util.Base64;

public class Reset {
    private static final SecureRandom RNG = new SecureRandom();

    public String newToken() {
        byte[] b = new byte[32];
        RNG.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        return token;
    }
}

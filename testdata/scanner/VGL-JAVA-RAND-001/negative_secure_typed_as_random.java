package app.auth;

import java.security.SecureRandom;
import java.util.Random;

public class Tokens {
    private static final Random RANDOM = new SecureRandom();

    public String newSessionToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return java.util.HexFormat.of().formatHex(b);
    }
}

package app.auth;

import java.util.Random;

public class PasswordResetService {
    private final Random random = new Random();

    public String createResetToken(String email) {
        long value = random.nextLong(); // vigil:expect VGL-JAVA-RAND-001
        return Long.toHexString(value);
    }

    public String code() {
        StringBuilder sb = new StringBuilder();
        Random r = new Random();
        for (int i = 0; i < 6; i++) {
            sb.append(r.nextInt(10)); // vigil:expect VGL-JAVA-RAND-001
        }
        return sb.toString();
    }
}

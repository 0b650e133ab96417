package app.mfa;

import java.util.concurrent.ThreadLocalRandom;

public class SmsSender {
    public void sendOtp(String phone) {
        int code = ThreadLocalRandom.current().nextInt(100000, 1000000); // vigil:expect VGL-JAVA-RAND-001
        deliver(phone, "Your code is " + code);
    }

    private void deliver(String phone, String text) {
    }
}

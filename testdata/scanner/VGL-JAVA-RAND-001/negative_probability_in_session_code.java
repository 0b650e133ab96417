package app.auth;

import java.util.concurrent.ThreadLocalRandom;

public class AutoLogin {
    public void maybeLogin(String user) {
        if (ThreadLocalRandom.current().nextDouble() < 0.25) {
            addSession(user);
        }
    }

    private void addSession(String user) {
    }
}

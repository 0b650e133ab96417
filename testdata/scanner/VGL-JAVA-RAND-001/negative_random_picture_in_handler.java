package app.web;

import java.io.File;
import java.util.Random;

public class Pictures {
    private final Random random = new Random();
    private final File dir = new File("/srv/pictures");

    public File picture(String id, String secretName) {
        File f = new File(dir, (id == null ? random.nextInt(10) + 1 : id) + ".jpg");
        if (f.getName().contains(secretName) || f.getName().endsWith("-secret.jpg")) {
            throw new IllegalArgumentException("no access to the secret picture");
        }
        return f;
    }
}

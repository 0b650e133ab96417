import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Set;

class DuplicateFinder {
    private final Set<String> seen = new HashSet<>();

    boolean isDuplicate(Path file) throws IOException, NoSuchAlgorithmException {
        byte[] sum = MessageDigest.getInstance("SHA-1").digest(Files.readAllBytes(file));
        return !seen.add(HexFormat.of().formatHex(sum));
    }
}

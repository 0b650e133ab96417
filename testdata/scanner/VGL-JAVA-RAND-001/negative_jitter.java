import java.util.Random;

public class Backoff {
    private final Random random = new Random();

    public long delayMillis(int attempt) {
        long jitter = random.nextInt(250);
        int retryDelay = (int) (Math.random() * 100);
        return (1L << attempt) * 100 + jitter + retryDelay;
    }
}

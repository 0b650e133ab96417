package app.lb;

import java.util.Collections;
import java.util.List;
import java.util.Random;

public class Balancer {
    private final Random random = new Random(42);

    public String pickBackend(List<String> backends) {
        return backends.get(random.nextInt(backends.size()));
    }

    public List<String> shuffledDeck(List<String> cards) {
        Collections.shuffle(cards, random);
        return cards;
    }

    public double simulateLatency() {
        return random.nextGaussian() * 5 + 20;
    }
}

import java.util.Random;

public class Reset {
    public String newResetCode() {
        int resetCode = new Random().nextInt(1000000); // vigil:expect VGL-JAVA-RAND-001
        return String.format("%06d", resetCode);
    }
}

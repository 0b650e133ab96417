public class Sessions {
    private String sessionId;

    public void start() {
        sessionId = Long.toHexString(Double.doubleToLongBits(Math.random())); // vigil:expect VGL-JAVA-RAND-001
        String apiKey = RandomStringUtils.randomAlphanumeric(32); // vigil:expect VGL-JAVA-RAND-001
        System.out.println(apiKey.length());
    }
}

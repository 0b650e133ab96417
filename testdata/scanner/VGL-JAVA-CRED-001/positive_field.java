public class DbConfig {
    private static final String DB_PASSWORD = "s3cr3t-Pa55"; // vigil:expect VGL-JAVA-CRED-001
    private String apiKey;

    void init() {
        apiKey = "AKx9-live-2f8a7c"; // vigil:expect VGL-JAVA-CRED-001
    }
}

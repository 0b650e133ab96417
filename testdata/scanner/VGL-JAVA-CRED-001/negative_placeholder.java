public class Form {
    private String password = "";
    private static final String PASSWORD_FIELD = "password";
    private String secret = "changeme";
    private String clientSecret = "${CLIENT_SECRET}";

    String label() {
        return PASSWORD_FIELD + password + secret + clientSecret;
    }
}

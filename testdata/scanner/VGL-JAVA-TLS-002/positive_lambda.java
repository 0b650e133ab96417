import java.net.URL;
import javax.net.ssl.HttpsURLConnection;

public class Client {
    public HttpsURLConnection open(String u) throws Exception {
        HttpsURLConnection c = (HttpsURLConnection) new URL(u).openConnection();
        c.setHostnameVerifier((host, session) -> true); // vigil:expect VGL-JAVA-TLS-002
        return c;
    }
}

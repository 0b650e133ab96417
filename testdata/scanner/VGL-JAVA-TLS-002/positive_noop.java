import javax.net.ssl.*;
import org.apache.http.conn.ssl.NoopHostnameVerifier;

public class Clients {
    public HostnameVerifier lenient() {
        return new HostnameVerifier() {
            @Override
            public boolean verify(String hostname, SSLSession session) { // vigil:expect VGL-JAVA-TLS-002
                return true;
            }
        };
    }

    public HostnameVerifier noop() {
        return new NoopHostnameVerifier(); // vigil:expect VGL-JAVA-TLS-002
    }
}

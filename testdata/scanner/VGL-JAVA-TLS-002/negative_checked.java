import javax.net.ssl.*;

public class Clients {
    public HostnameVerifier internal() {
        return (hostname, session) -> hostname.endsWith(".corp.example") && HttpsURLConnection.getDefaultHostnameVerifier().verify(hostname, session);
    }
}

import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

class LenientTrustManager implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) { return; } // vigil:expect VGL-JAVA-TLS-001

    @Override
    public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
}

import java.security.cert.*;
import javax.net.ssl.X509TrustManager;

class PinningTrustManager implements X509TrustManager {
    private final X509TrustManager delegate;

    PinningTrustManager(X509TrustManager delegate) { this.delegate = delegate; }

    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkServerTrusted(chain, authType);
        if (!Pins.matches(chain[0])) {
            throw new CertificateException("pin mismatch");
        }
    }

    public X509Certificate[] getAcceptedIssuers() { return delegate.getAcceptedIssuers(); }
}

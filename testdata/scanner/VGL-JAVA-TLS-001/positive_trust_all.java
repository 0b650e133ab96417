import java.security.cert.X509Certificate;
import javax.net.ssl.*;

public class Insecure {
    public SSLContext context() throws Exception {
        TrustManager[] all = new TrustManager[] {
            new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] chain, String authType) {} // vigil:expect VGL-JAVA-TLS-001
                public void checkServerTrusted(X509Certificate[] chain, String authType) { // vigil:expect VGL-JAVA-TLS-001
                    // trust everyone
                }
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, all, null);
        return ctx;
    }
}

import javax.servlet.ServletContext;
import javax.servlet.SessionCookieConfig;
import org.springframework.http.client.reactive.ClientHttpRequest;

public class SessionSetup {
    void init(ServletContext ctx) {
        SessionCookieConfig cfg = ctx.getSessionCookieConfig();
        cfg.setSecure(true);
        cfg.setHttpOnly(true);
    }

    // other builders with a build() are no cookies; other setSecure(false) calls
    // (a mail transport) are no session cookie
    void other(javax.mail.Session mail, StringBuilder sb) {
        Object req = org.springframework.web.reactive.function.client.WebClient.builder().build();
        MailSettings settings = new MailSettings();
        settings.setSecure(false);
    }

    static class MailSettings { void setSecure(boolean b) {} }
}

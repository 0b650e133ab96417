import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import java.time.Duration;

public class SessionController {
    private final boolean secureCookies;

    SessionController(boolean secureCookies) { this.secureCookies = secureCookies; }

    public ResponseEntity<Void> login(String sessionId) {
        ResponseCookie cookie = ResponseCookie.from("SESSION", sessionId)
                .httpOnly(true).secure(true).sameSite("Lax").path("/").build();
        ResponseCookie pref = ResponseCookie.from("theme", "dark").secure(secureCookies).build();
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString(), pref.toString()).build();
    }

    public ResponseEntity<Void> logout() {
        ResponseCookie gone = ResponseCookie.from("SESSION", "").maxAge(0).path("/").build();
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, gone.toString()).build();
    }
}

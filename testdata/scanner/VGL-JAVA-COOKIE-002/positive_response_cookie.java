import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;

public class SessionController {
    public ResponseEntity<Void> login(String sessionId) {
        ResponseCookie cookie = ResponseCookie.from("SESSION", sessionId) // vigil:expect VGL-JAVA-COOKIE-002
                .httpOnly(true)
                .secure(false)
                .path("/")
                .build();
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    public ResponseEntity<Void> remember(String token) {
        ResponseCookie c = ResponseCookie.from("remember", token).path("/").maxAge(86400).build(); // vigil:expect VGL-JAVA-COOKIE-002
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, c.toString()).build();
    }
}

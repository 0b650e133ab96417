import java.net.URI;
import java.net.http.*;
import javax.servlet.http.HttpServletRequest;

public class Fetcher {
    private final HttpClient http = HttpClient.newHttpClient();

    public String fetch(HttpServletRequest req) throws Exception {
        String target = req.getParameter("target");
        HttpRequest.Builder b = HttpRequest.newBuilder().timeout(java.time.Duration.ofSeconds(5)).uri(URI.create(target));
        HttpRequest r = b.build();
        return http.send(r, HttpResponse.BodyHandlers.ofString()).body(); // vigil:expect VGL-JAVA-SSRF-001
    }
}

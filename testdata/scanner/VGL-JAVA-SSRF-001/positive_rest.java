import java.net.URI;
import java.net.http.*;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.client.RestTemplate;

public class Webhooks {
    private final RestTemplate restTemplate = new RestTemplate();
    private final HttpClient client = HttpClient.newHttpClient();

    public String ping(HttpServletRequest request) throws Exception {
        String hook = request.getParameter("hook");
        String body = restTemplate.getForObject(hook, String.class); // vigil:expect VGL-JAVA-SSRF-001
        HttpRequest r = HttpRequest.newBuilder(URI.create("https://" + request.getHeader("X-Host") + "/status")).build();
        return body + client.send(r, HttpResponse.BodyHandlers.ofString()).body(); // vigil:expect VGL-JAVA-SSRF-001
    }
}

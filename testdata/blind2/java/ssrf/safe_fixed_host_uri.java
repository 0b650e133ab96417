import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class GeoController {
    private final HttpClient client = HttpClient.newHttpClient();

    @GetMapping("/geo")
    String geo(@RequestParam String q) throws Exception {
        URI uri = URI.create("https://geocode.example.org/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}

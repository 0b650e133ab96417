import java.net.HttpURLConnection;
import java.net.URL;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

// What a handler reports about a delivery (a status code, a length) is a
// number, whatever request data went into the delivery.
@RestController
public class Webhooks {
    private final RestTemplate rest = new RestTemplate();

    @PostMapping("/deliver")
    public String deliver(@RequestParam String url, @RequestBody String payload) {
        ResponseEntity<String> r = rest.postForEntity(url, payload, String.class);
        return "delivered: " + r.getStatusCodeValue();
    }

    @PostMapping("/deliver2")
    public String deliver2(@RequestParam String url, @RequestBody String payload) {
        ResponseEntity<String> r = rest.postForEntity(url, payload, String.class);
        return "delivered: " + r.getStatusCode();
    }

    @PostMapping("/probe")
    public String probe(@RequestParam String target) throws Exception {
        HttpURLConnection c = (HttpURLConnection) new URL(target).openConnection();
        return "status " + c.getResponseCode();
    }

    @PostMapping("/size")
    public String size(@RequestBody String payload) {
        return "received " + payload.length() + " bytes";
    }
}

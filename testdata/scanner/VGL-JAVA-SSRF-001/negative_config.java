import javax.servlet.http.HttpServletRequest;
import org.springframework.web.client.RestTemplate;

public class Status {
    private final RestTemplate restTemplate = new RestTemplate();
    private final String upstream = System.getProperty("status.url");

    public String status(HttpServletRequest request) {
        String who = request.getParameter("who");
        return who + restTemplate.getForObject(upstream, String.class);
    }
}

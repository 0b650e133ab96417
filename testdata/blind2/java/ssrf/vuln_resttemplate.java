import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
class LinkPreviewController {
    private final RestTemplate rest = new RestTemplate();

    @GetMapping("/link-preview")
    String preview(@RequestParam String url) {
        String html = rest.getForObject(url, String.class); // LABEL: CWE-918
        return html == null ? "" : html.substring(0, Math.min(300, html.length()));
    }
}

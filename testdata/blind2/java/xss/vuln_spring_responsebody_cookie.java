import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.stereotype.Controller;

@Controller
class ThemeController {
    @GetMapping(value = "/theme-preview", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String preview(@CookieValue(value = "accent", defaultValue = "blue") String accent) {
        String html = "<div style=\"color:" + accent + "\">Sample text in " + accent + "</div>";
        return html; // LABEL: CWE-79
    }
}

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

@Controller
class ThemeController {
    @GetMapping(value = "/theme-preview", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String preview(@CookieValue(value = "accent", defaultValue = "blue") String accent) {
        String safe = HtmlUtils.htmlEscape(accent);
        return "<div data-accent=\"" + safe + "\">Sample text in " + safe + "</div>";
    }
}

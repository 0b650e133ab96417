import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LanguageController {
    @GetMapping("/back")
    String back(@RequestParam(name = "back") String back) {
        return "redirect:" + back; // LABEL: CWE-601
    }
}

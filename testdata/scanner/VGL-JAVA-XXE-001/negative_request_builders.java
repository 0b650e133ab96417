import org.springframework.web.bind.annotation.*;
import java.time.LocalDate;

// Request data is no parser factory: builders built and dates parsed from
// a request parameter are nothing to the XXE rule.
@RestController
public class Report {
    @GetMapping("/report")
    public String report(@RequestParam String from, @RequestParam String title) {
        LocalDate day = LocalDate.parse(from);
        StringBuilder sb = new StringBuilder(title);
        return Options.builder().title(sb.toString()).day(day).build().toString();
    }

    static class Options {
        static Options builder() { return new Options(); }
        Options title(String t) { return this; }
        Options day(LocalDate d) { return this; }
        Options build() { return this; }
    }
}

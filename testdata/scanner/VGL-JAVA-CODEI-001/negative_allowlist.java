import java.util.Set;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.web.bind.annotation.*;

@RestController
public class SortController {
    private static final Set<String> FIELDS = Set.of("name", "age");

    @GetMapping(value = "/sort", produces = "application/json")
    public Object sort(@RequestParam String field) {
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("unknown field");
        }
        return new SpelExpressionParser().parseExpression(field).getValue();
    }
}

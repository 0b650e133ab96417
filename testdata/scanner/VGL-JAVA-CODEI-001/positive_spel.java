import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.web.bind.annotation.*;

@RestController
public class FilterController {
    private final ExpressionParser parser = new SpelExpressionParser();

    @GetMapping(value = "/filter", produces = "application/json")
    public Object filter(@RequestParam("rule") String rule) {
        return parser.parseExpression(rule).getValue(); // vigil:expect VGL-JAVA-CODEI-001
    }
}

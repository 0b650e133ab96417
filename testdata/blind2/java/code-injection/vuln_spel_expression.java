import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FieldProjectionController {
    private final ExpressionParser parser = new SpelExpressionParser();

    @GetMapping("/project")
    Object project(@RequestParam String field) {
        return parser.parseExpression(field).getValue(new Object()); // LABEL: CWE-917, CWE-94
    }
}

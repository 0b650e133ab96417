import java.util.Map;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DiscountController {
    private final ExpressionParser parser = new SpelExpressionParser();

    @GetMapping("/discount")
    Object discount(@RequestParam double total) {
        StandardEvaluationContext ctx = new StandardEvaluationContext();
        ctx.setVariable("total", total);
        return parser.parseExpression("#total > 100 ? #total * 0.9 : #total").getValue(ctx);
    }
}

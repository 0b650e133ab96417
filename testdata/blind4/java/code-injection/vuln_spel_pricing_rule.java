package com.example.pricing;

import java.math.BigDecimal;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.web.bind.annotation.*;

@RestController
public class DiscountPreviewController {

    public record Preview(String rule, BigDecimal subtotal) {}

    private final ExpressionParser parser = new SpelExpressionParser();

    @PostMapping("/discounts/preview")
    public BigDecimal preview(@RequestBody Preview preview) {
        StandardEvaluationContext ctx = new StandardEvaluationContext(new Cart(preview.subtotal()));
        return parser.parseExpression(preview.rule()).getValue(ctx, BigDecimal.class); // LABEL: CWE-94
    }
}

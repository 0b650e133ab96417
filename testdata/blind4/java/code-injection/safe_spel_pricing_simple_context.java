package com.example.pricing;

import java.math.BigDecimal;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.web.bind.annotation.*;

@RestController
public class DiscountPreviewController {

    public record Preview(String rule, BigDecimal subtotal) {}

    private final ExpressionParser parser = new SpelExpressionParser();

    @PostMapping("/discounts/preview")
    public BigDecimal preview(@RequestBody Preview preview) {
        SimpleEvaluationContext ctx = SimpleEvaluationContext.forReadOnlyDataBinding().withRootObject(new Cart(preview.subtotal())).build();
        return parser.parseExpression(preview.rule()).getValue(ctx, BigDecimal.class);
    }
}

package com.example.pricing;

import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ShippingQuoteController {
    private static final Expression FORMULA = new SpelExpressionParser().parseExpression("#weight * 2.5 + 4");

    @GetMapping("/api/shipping/quote")
    public Object quote(@RequestParam double weight) {
        SimpleEvaluationContext ctx = SimpleEvaluationContext.forReadOnlyDataBinding().build();
        ctx.setVariable("weight", weight);
        return FORMULA.getValue(ctx);
    }
}

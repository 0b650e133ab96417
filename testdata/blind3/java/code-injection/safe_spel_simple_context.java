package com.example.pricing;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DiscountRuleController {

    private final ExpressionParser parser = new SpelExpressionParser();

    @PostMapping("/pricing/rules/test")
    Object test(@RequestBody Map<String, String> body) {
        SimpleEvaluationContext ctx = SimpleEvaluationContext.forReadOnlyDataBinding().build();
        ctx.setVariable("total", new BigDecimal(body.getOrDefault("total", "0")));
        return parser.parseExpression(body.get("rule")).getValue(ctx);
    }
}

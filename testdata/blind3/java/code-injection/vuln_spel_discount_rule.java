package com.example.pricing;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DiscountRuleController {

    private final ExpressionParser parser = new SpelExpressionParser();

    @PostMapping("/pricing/rules/test")
    Object test(@RequestBody Map<String, String> body) {
        StandardEvaluationContext ctx = new StandardEvaluationContext();
        ctx.setVariable("total", new BigDecimal(body.getOrDefault("total", "0")));
        String rule = body.get("rule");
        return parser.parseExpression(rule).getValue(ctx); // LABEL: CWE-917, CWE-94
    }
}

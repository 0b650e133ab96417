package com.example.pricing;

import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lets merchants try a discount formula before saving it. */
@RestController
public class DiscountPreviewController {
    private final SpelExpressionParser parser = new SpelExpressionParser();

    @PostMapping("/api/discounts/preview")
    public Object preview(@RequestParam String formula) {
        return parser.parseExpression(formula).getValue(); // LABEL: CWE-917, CWE-94
    }
}

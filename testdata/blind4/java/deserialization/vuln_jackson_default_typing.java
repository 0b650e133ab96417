package com.example.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import java.io.IOException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RuleImportController {

    private final ObjectMapper mapper = new ObjectMapper();
    private final RuleRepository rules;

    public RuleImportController(RuleRepository rules) {
        this.rules = rules;
        mapper.activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(), ObjectMapper.DefaultTyping.NON_FINAL);
    }

    @PostMapping("/rules/import")
    public int importRules(@RequestBody String payload) throws IOException {
        RuleSet set = mapper.readValue(payload, RuleSet.class); // LABEL: CWE-502
        rules.saveAll(set.getRules());
        return set.getRules().size();
    }
}

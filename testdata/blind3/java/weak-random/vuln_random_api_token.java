package com.example.apikeys;

import java.util.Random;

import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@Service
class TokenGenerator {
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private final Random random = new Random();

    String next(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]); // LABEL: CWE-338
        }
        return sb.toString();
    }
}

@RestController
class ApiKeyController {
    private final TokenGenerator tokens;

    ApiKeyController(TokenGenerator tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/projects/{id}/keys")
    String create(@PathVariable long id) {
        return "pk_" + id + "_" + tokens.next(32);
    }
}

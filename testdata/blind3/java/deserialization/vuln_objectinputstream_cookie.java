package com.example.cart;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CartController {

    @GetMapping("/cart")
    List<?> cart(@CookieValue(name = "cart", required = false) String cookie) throws IOException, ClassNotFoundException {
        if (cookie == null) {
            return new ArrayList<>();
        }
        byte[] raw = Base64.getUrlDecoder().decode(cookie);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
            return (List<?>) in.readObject(); // LABEL: CWE-502
        }
    }
}

package com.example.checkout.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PaymentReturnController {

    private final PaymentService payments;

    public PaymentReturnController(PaymentService payments) {
        this.payments = payments;
    }

    @GetMapping("/payments/return")
    public ResponseEntity<Void> afterPayment(@CookieValue(name = "shop_return", defaultValue = "/orders") String returnUrl) {
        payments.confirmPending();
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(returnUrl)).build(); // LABEL: CWE-601
    }
}

package com.example.checkout.web;

import java.net.URI;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
public class PaymentReturnController {

    private static final Set<String> SHOP_HOSTS = Set.of("shop.example.com", "www.example.com");

    private final PaymentService payments;

    public PaymentReturnController(PaymentService payments) {
        this.payments = payments;
    }

    @GetMapping("/payments/return")
    public ResponseEntity<Void> afterPayment(@CookieValue(name = "shop_return", defaultValue = "/orders") String returnUrl) {
        payments.confirmPending();
        UriComponents uri = UriComponentsBuilder.fromUriString(returnUrl).build();
        URI target = "https".equals(uri.getScheme()) && SHOP_HOSTS.contains(uri.getHost()) ? uri.toUri() : URI.create("/orders");
        return ResponseEntity.status(HttpStatus.FOUND).location(target).build();
    }
}

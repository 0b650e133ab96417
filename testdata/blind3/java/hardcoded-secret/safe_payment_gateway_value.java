package com.example.payments;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
class PaymentGatewayClient {

    private static final String API_BASE = "https://api.payments.example.com/v3";
    private static final String SECRET_PROPERTY = "payments.api-secret";

    private final String apiSecret;
    private final HttpClient http = HttpClient.newHttpClient();

    PaymentGatewayClient(@Value("${payments.api-secret}") String apiSecret) {
        this.apiSecret = apiSecret;
    }

    String charge(long amountCents) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(API_BASE + "/charges"))
                .header("Authorization", "Bearer " + apiSecret)
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":" + amountCents + "}"))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}

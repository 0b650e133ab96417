package com.example.payments;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.stereotype.Component;

@Component
class PaymentGatewayClient {

    private static final String API_BASE = "https://api.payments.example.com/v3";
    private static final String API_SECRET = "pg_live_7Hq2xVb9RmK4tZp1LcW8sNd3"; // LABEL: CWE-798

    private final HttpClient http = HttpClient.newHttpClient();

    String charge(long amountCents, String customerId) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(API_BASE + "/charges"))
                .header("Authorization", "Bearer " + API_SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"amount\":" + amountCents + ",\"customer\":\"" + customerId + "\"}"))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}

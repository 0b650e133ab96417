package com.example.realtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Answers the WebSocket opening handshake by hand (RFC 6455, section 4.2.2). The protocol fixes
 * SHA-1 for Sec-WebSocket-Accept; it proves the server understood the handshake, nothing more.
 */
public class WebSocketHandshake {
    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    public void accept(HttpServletRequest request, HttpServletResponse response) throws NoSuchAlgorithmException {
        String key = request.getHeader("Sec-WebSocket-Key");
        if (key == null) {
            response.setStatus(400);
            return;
        }
        byte[] digest = MessageDigest.getInstance("SHA-1").digest((key.trim() + GUID).getBytes(StandardCharsets.US_ASCII));
        response.setStatus(101);
        response.setHeader("Upgrade", "websocket");
        response.setHeader("Connection", "Upgrade");
        response.setHeader("Sec-WebSocket-Accept", Base64.getEncoder().encodeToString(digest));
    }
}

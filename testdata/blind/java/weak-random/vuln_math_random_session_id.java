package com.example.kiosk;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class KioskSessionIssuer {

    public String issue(HttpServletResponse response) {
        String sessionId = Long.toHexString(Double.doubleToLongBits(Math.random())); // LABEL: CWE-338
        Cookie cookie = new Cookie("KIOSKSESSION", sessionId);
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        response.addCookie(cookie);
        return sessionId;
    }
}

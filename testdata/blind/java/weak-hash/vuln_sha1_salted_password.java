package com.example.accounts;

import java.security.MessageDigest;
import java.util.Base64;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RegistrationController {
    private static final String ALGORITHM = "SHA-1";

    @PostMapping("/register")
    public String register(@RequestParam String email, @RequestParam String password) throws Exception {
        String salt = email.toLowerCase();
        MessageDigest md = MessageDigest.getInstance(ALGORITHM); // LABEL: CWE-328
        md.update(salt.getBytes());
        String stored = Base64.getEncoder().encodeToString(md.digest(password.getBytes()));
        return "registered " + email + " (" + stored.length() + ")";
    }
}

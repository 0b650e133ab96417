package com.example.wizard;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Base64;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class WizardStateController {

    @GetMapping("/wizard/resume")
    public WizardState resume(HttpServletRequest request) throws IOException, ClassNotFoundException {
        for (Cookie c : request.getCookies()) {
            if ("wizard".equals(c.getName())) {
                byte[] raw = Base64.getUrlDecoder().decode(c.getValue());
                try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
                    return (WizardState) in.readObject(); // LABEL: CWE-502
                }
            }
        }
        return WizardState.fresh();
    }
}

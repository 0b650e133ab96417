package com.example.sso;

import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SsoLandingController {

    @GetMapping("/sso/landing")
    public String land(@RequestHeader(name = "X-Remote-User", defaultValue = "") String remoteUser, HttpServletRequest request) {
        if (remoteUser.isEmpty()) {
            return "no user";
        }
        request.getSession(true).setAttribute("authenticatedUser", remoteUser); // LABEL: CWE-501
        return "welcome " + remoteUser.length();
    }
}

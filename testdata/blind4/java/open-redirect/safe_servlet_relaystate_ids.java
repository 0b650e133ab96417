package com.example.sso;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

@WebServlet("/saml/acs")
public class AssertionConsumerServlet extends HttpServlet {

    private static final Map<String, String> LANDING = Map.of(
            "home", "/home",
            "admin", "/admin/overview",
            "billing", "/billing");

    private final SamlResponseValidator validator = new SamlResponseValidator();

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        SamlPrincipal principal = validator.validate(req.getParameter("SAMLResponse"));
        req.getSession(true).setAttribute("principal", principal);
        String relay = req.getParameter("RelayState");
        resp.setStatus(HttpServletResponse.SC_FOUND);
        resp.setHeader("Location", LANDING.getOrDefault(relay, "/home"));
    }
}

package com.example.tenancy;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/tenant/select")
class TenantSelectServlet extends HttpServlet {

    private static final Map<String, Long> TENANTS = Map.of("acme", 11L, "globex", 12L);

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long tenantId = TENANTS.get(req.getParameter("tenant"));
        if (tenantId == null) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        req.getSession().setAttribute("tenantId", tenantId);
        resp.sendRedirect(req.getContextPath() + "/dashboard");
    }
}

package com.example.tenancy;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

@WebServlet("/tenant/select")
class TenantSelectServlet extends HttpServlet {

    static final class Selection {
        private final String tenant;

        Selection(String tenant) {
            this.tenant = tenant;
        }

        String getTenant() {
            return tenant;
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Selection sel = new Selection(req.getParameter("tenant"));
        HttpSession session = req.getSession();
        session.setAttribute("tenantId", sel.getTenant()); // LABEL: CWE-501
        resp.sendRedirect(req.getContextPath() + "/dashboard");
    }
}

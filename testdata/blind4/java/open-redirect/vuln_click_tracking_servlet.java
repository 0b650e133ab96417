package com.example.newsletter;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

@WebServlet("/n/click")
public class ClickTrackingServlet extends HttpServlet {

    private final ClickLog clicks = ClickLog.instance();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String campaign = req.getParameter("c");
        String target = req.getParameter("u");
        clicks.record(campaign, target, req.getRemoteAddr());
        resp.sendRedirect(target); // LABEL: CWE-601
    }
}

package com.example.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class CartJsonServlet extends HttpServlet {
    /** No default typing: JSON can only become the fixed CartSnapshot shape. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static class CartSnapshot {
        public String customerId;
        public List<String> skus;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        CartSnapshot snapshot = MAPPER.readValue(req.getInputStream(), CartSnapshot.class);
        resp.getWriter().println(snapshot.skus == null ? 0 : snapshot.skus.size());
    }
}

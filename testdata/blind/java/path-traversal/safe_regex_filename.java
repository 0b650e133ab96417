package com.example.docs;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class InvoicePdfServlet extends HttpServlet {
    private static final Pattern INVOICE_FILE = Pattern.compile("[A-Z]{2}-\\d{6}\\.pdf");
    private static final File INVOICES = new File("/srv/invoices");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("invoice");
        if (name == null || !INVOICE_FILE.matcher(name).matches()) {
            resp.sendError(404);
            return;
        }
        resp.setContentType("application/pdf");
        try (InputStream in = new FileInputStream(new File(INVOICES, name))) {
            in.transferTo(resp.getOutputStream());
        }
    }
}

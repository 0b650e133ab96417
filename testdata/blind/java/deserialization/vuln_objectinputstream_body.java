package com.example.sync;

import java.io.IOException;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Receives cart snapshots from the desktop client. */
public class CartSyncServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(req.getInputStream())) {
            Object snapshot = in.readObject(); // LABEL: CWE-502
            req.getSession().setAttribute("cartSnapshot", snapshot.toString());
            resp.setStatus(204);
        } catch (ClassNotFoundException e) {
            resp.sendError(400);
        }
    }
}

package com.example.legacyauth;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

/** Old login that checks credentials against users.xml. */
public class XmlLoginServlet extends HttpServlet {
    private Document users;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = req.getParameter("user");
        String pass = req.getParameter("pass");
        XPath xp = XPathFactory.newInstance().newXPath();
        String expr = "/users/user[name='" + user + "' and password='" + pass + "']";
        try {
            Boolean ok = (Boolean) xp.evaluate(expr, users, XPathConstants.BOOLEAN); // LABEL: CWE-643
            resp.setStatus(ok ? 200 : 401);
        } catch (XPathExpressionException e) {
            resp.setStatus(400);
        }
    }
}

package com.example.saml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

public class AssertionReader {

    public Document read(HttpServletRequest request) throws Exception {
        byte[] xml = Base64.getDecoder().decode(request.getParameter("SAMLResponse"));
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        // Some identity providers send a DOCTYPE, so it was switched back on.
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        dbf.setNamespaceAware(true);
        String text = new String(xml, StandardCharsets.UTF_8);
        return dbf.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))); // LABEL: CWE-611
    }
}

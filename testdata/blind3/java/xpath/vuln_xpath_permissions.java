package com.example.acl;

import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@RestController
class PermissionController {

    private final Document acl;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    PermissionController(Document acl) {
        this.acl = acl;
    }

    @GetMapping("/acl/permissions")
    int permissions(@RequestParam String role) throws XPathExpressionException {
        String expr = "/acl/role[@name='" + role + "']/permission";
        NodeList nodes = (NodeList) xpath.evaluate(expr, acl, XPathConstants.NODESET); // LABEL: CWE-643
        return nodes.getLength();
    }
}

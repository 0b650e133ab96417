package com.example.acl;

import javax.xml.namespace.QName;
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

    PermissionController(Document acl) {
        this.acl = acl;
    }

    @GetMapping("/acl/permissions")
    int permissions(@RequestParam String role) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver(name -> new QName("role").equals(name) ? role : null);
        NodeList nodes = (NodeList) xpath.evaluate("/acl/role[@name=$role]/permission", acl, XPathConstants.NODESET);
        return nodes.getLength();
    }
}

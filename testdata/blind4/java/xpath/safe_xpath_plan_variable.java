package com.example.plans;

import javax.xml.namespace.QName;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.springframework.web.bind.annotation.*;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

@RestController
public class PlanCatalogController {

    private final Document catalog;

    public PlanCatalogController(PlanCatalogLoader loader) {
        this.catalog = loader.load();
    }

    @GetMapping("/plans/{code}/limits")
    public String limits(@PathVariable String code) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver(name -> name.equals(new QName("code")) ? code : null);
        Node node = (Node) xpath.evaluate("/catalog/plan[@code=$code]/limits", catalog, XPathConstants.NODE);
        return node == null ? "{}" : node.getTextContent();
    }
}

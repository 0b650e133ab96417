package com.example.catalog.xml;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@Path("/catalog")
public class CatalogResource {
    private final Document catalog;

    public CatalogResource(Document catalog) {
        this.catalog = catalog;
    }

    @GET
    public String count(@QueryParam("category") String category) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        XPathExpression e = xpath.compile("//product[@category='" + category + "']"); // LABEL: CWE-643
        NodeList nodes = (NodeList) e.evaluate(catalog, XPathConstants.NODESET);
        return String.valueOf(nodes.getLength());
    }
}

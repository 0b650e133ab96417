package com.example.catalog.xml;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

@Path("/catalog/item")
public class CatalogItemResource {
    private final Document catalog;

    public CatalogItemResource(Document catalog) {
        this.catalog = catalog;
    }

    @GET
    public String item(@QueryParam("n") int n) throws Exception {
        // JAX-RS converts the parameter to int before this method runs.
        return XPathFactory.newInstance().newXPath().evaluate("//product[" + n + "]/name", catalog);
    }
}

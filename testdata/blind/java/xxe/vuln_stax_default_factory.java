package com.example.orders.xml;

import java.io.InputStream;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

@Path("/orders/xml")
public class OrderXmlResource {
    private final XMLInputFactory factory = XMLInputFactory.newFactory();

    @POST
    @Consumes("application/xml")
    public Response submit(InputStream body) throws XMLStreamException {
        XMLStreamReader reader = factory.createXMLStreamReader(body); // LABEL: CWE-611
        StringBuilder sku = new StringBuilder();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.CHARACTERS) {
                sku.append(reader.getText().trim());
            }
        }
        return Response.ok("received " + sku.length() + " chars").build();
    }
}

package com.example.config;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Reads the routing table shipped inside the application jar. */
public final class RoutingTable {
    private RoutingTable() {
    }

    public static Document load() throws Exception {
        try (InputStream in = RoutingTable.class.getResourceAsStream("/META-INF/routing.xml")) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }
}

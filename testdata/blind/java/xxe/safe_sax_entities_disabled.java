package com.example.feeds;

import java.io.InputStream;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.helpers.DefaultHandler;

public class SafeFeedParser {
    private final SAXParserFactory factory;

    public SafeFeedParser() throws Exception {
        factory = SAXParserFactory.newInstance();
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    }

    /** Parses an uploaded feed; external entities and DTDs are never fetched. */
    public void parse(InputStream upload, DefaultHandler handler) throws Exception {
        factory.newSAXParser().parse(upload, handler);
    }
}

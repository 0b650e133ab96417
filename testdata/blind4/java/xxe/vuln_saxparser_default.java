package com.example.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.springframework.web.bind.annotation.*;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

@RestController
public class OpmlImportController {

    @PostMapping(value = "/feeds/import", consumes = "text/xml")
    public List<String> importOpml(InputStream body) throws Exception {
        List<String> feeds = new ArrayList<>();
        SAXParser parser = SAXParserFactory.newInstance().newSAXParser();
        parser.parse(body, new DefaultHandler() { // LABEL: CWE-611
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attrs) {
                if ("outline".equals(qName) && attrs.getValue("xmlUrl") != null) {
                    feeds.add(attrs.getValue("xmlUrl"));
                }
            }
        });
        return feeds;
    }
}

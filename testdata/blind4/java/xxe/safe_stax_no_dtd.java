package com.example.feeds;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.springframework.web.bind.annotation.*;

@RestController
public class OpmlImportController {

    @PostMapping(value = "/feeds/import", consumes = "text/xml")
    public List<String> importOpml(InputStream body) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(body);
        List<String> feeds = new ArrayList<>();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && "outline".equals(reader.getLocalName())) {
                String url = reader.getAttributeValue(null, "xmlUrl");
                if (url != null) {
                    feeds.add(url);
                }
            }
        }
        return feeds;
    }
}

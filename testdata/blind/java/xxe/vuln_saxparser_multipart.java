package com.example.feeds;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

@RestController
public class FeedUploadController {

    @PostMapping("/feeds/upload")
    public List<String> upload(@RequestParam("feed") MultipartFile feed) throws Exception {
        List<String> titles = new ArrayList<>();
        SAXParser parser = SAXParserFactory.newInstance().newSAXParser();
        parser.parse(feed.getInputStream(), new DefaultHandler() { // LABEL: CWE-611
            private final StringBuilder text = new StringBuilder();

            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                text.setLength(0);
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                if ("title".equals(qName)) titles.add(text.toString());
            }
        });
        return titles;
    }
}

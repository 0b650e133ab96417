package com.example.imports;

import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

@RestController
class CatalogImportController {

    private final DocumentBuilderFactory factory;

    CatalogImportController() throws ParserConfigurationException {
        factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
    }

    @PostMapping("/catalog/import")
    int importCatalog(@RequestParam("file") MultipartFile file)
            throws IOException, ParserConfigurationException, SAXException {
        Document doc = factory.newDocumentBuilder().parse(file.getInputStream());
        return doc.getElementsByTagName("product").getLength();
    }
}

package com.example.imports;

import java.io.IOException;

import javax.xml.parsers.DocumentBuilder;
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

    private final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();

    @PostMapping("/catalog/import")
    int importCatalog(@RequestParam("file") MultipartFile file)
            throws IOException, ParserConfigurationException, SAXException {
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document doc = builder.parse(file.getInputStream()); // LABEL: CWE-611
        return doc.getElementsByTagName("product").getLength();
    }
}

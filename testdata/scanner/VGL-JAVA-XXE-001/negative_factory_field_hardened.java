package demo;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.w3c.dom.Document;

@RestController
public class FeedImport {
    private final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();

    public FeedImport() throws ParserConfigurationException {
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    }

    @PostMapping("/import")
    public int importXml(@RequestParam("file") MultipartFile upload) throws Exception {
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document doc = builder.parse(upload.getInputStream());
        return doc.getElementsByTagName("item").getLength();
    }
}

package demo;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.w3c.dom.Document;

@RestController
public class FeedImport {
    private final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();

    @PostMapping("/import")
    public int importXml(@RequestParam("file") MultipartFile upload) throws Exception {
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document doc = builder.parse(upload.getInputStream()); // vigil:expect VGL-JAVA-XXE-001
        return doc.getElementsByTagName("item").getLength();
    }
}

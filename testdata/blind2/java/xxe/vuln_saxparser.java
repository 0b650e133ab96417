import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xml.sax.helpers.DefaultHandler;

@RestController
class SitemapController {
    @PostMapping("/sitemaps")
    String upload(@RequestParam MultipartFile sitemap) throws Exception {
        SAXParser parser = SAXParserFactory.newInstance().newSAXParser();
        parser.parse(sitemap.getInputStream(), new DefaultHandler()); // LABEL: CWE-611
        return "ok";
    }
}

import java.beans.XMLDecoder;
import java.io.IOException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class LayoutImportController {
    @PostMapping("/layouts/import")
    String importLayout(@RequestParam("layout") MultipartFile layout) throws IOException {
        try (XMLDecoder decoder = new XMLDecoder(layout.getInputStream())) {
            Object obj = decoder.readObject(); // LABEL: CWE-502
            return "imported " + obj;
        }
    }
}

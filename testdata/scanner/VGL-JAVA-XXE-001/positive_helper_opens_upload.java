import java.io.FileInputStream;
import java.io.InputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

// A helper like a resource loader, but it opens a file on disk (an upload
// directory); and a resource helper given a name that is not a constant.
public class ImportService {
    private static final String IMPORTS = "/var/app/imports/";

    public Document load(String fileName) throws Exception {
        DocumentBuilder db = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        return db.parse(open(IMPORTS + fileName)); // vigil:expect VGL-JAVA-XXE-001
    }

    public Document theme(String theme) throws Exception {
        DocumentBuilder db = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        return db.parse(resource(theme)); // vigil:expect VGL-JAVA-XXE-001
    }

    private InputStream open(String path) throws Exception {
        return new FileInputStream(path);
    }

    private InputStream resource(String name) {
        return getClass().getResourceAsStream(name);
    }
}

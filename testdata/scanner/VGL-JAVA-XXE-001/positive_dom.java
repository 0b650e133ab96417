import javax.xml.parsers.*;
import org.w3c.dom.Document;
import java.io.InputStream;

public class Importer {
    public Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        return dbf.newDocumentBuilder().parse(in); // vigil:expect VGL-JAVA-XXE-001
    }
}

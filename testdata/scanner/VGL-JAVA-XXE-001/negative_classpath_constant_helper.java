import java.io.InputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

// Documents shipped in the jar, named by a constant field, a local or a
// small helper of the class given a literal.
public class RulesLoader {
    private static final String RULES = "/config/rules.xml";

    public Document rules() throws Exception {
        DocumentBuilder db = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        return db.parse(RulesLoader.class.getResourceAsStream(RULES));
    }

    public Document menu() throws Exception {
        String name = "menu.xml";
        InputStream in = RulesLoader.class.getClassLoader().getResourceAsStream(name);
        DocumentBuilder db = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        return db.parse(new InputSource(in));
    }

    public XMLStreamReader layout() throws Exception {
        XMLInputFactory xif = XMLInputFactory.newFactory();
        return xif.createXMLStreamReader(bundled("layout.xml"));
    }

    private InputStream bundled(String resource) {
        return getClass().getClassLoader().getResourceAsStream("templates/" + resource);
    }
}

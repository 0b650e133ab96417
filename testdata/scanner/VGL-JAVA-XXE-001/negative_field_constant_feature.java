import javax.xml.parsers.*;
import java.io.InputStream;

// The factory is a field hardened once in the constructor, with the
// feature named by a constant (as the OWASP cheat sheet writes it).
public class Catalog {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private final DocumentBuilderFactory dbf;

    public Catalog() throws ParserConfigurationException {
        dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature(DISALLOW_DOCTYPE, true);
    }

    public org.w3c.dom.Document load(InputStream in) throws Exception {
        DocumentBuilder db = dbf.newDocumentBuilder();
        return db.parse(in);
    }
}

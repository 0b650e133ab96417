import javax.xml.parsers.*;
import javax.xml.xpath.*;
import org.xml.sax.InputSource;
import java.io.*;

// XML the application ships (a constant, a literal path, a class path
// resource) is trusted, whatever the factory: no XXE.
public class Directory {
    private static final String USERS = "<users><user name='ann' role='admin'/></users>";

    public String role(String name) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        org.w3c.dom.Document doc = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(USERS)));
        XPath xp = XPathFactory.newInstance().newXPath();
        return xp.evaluate("/users/user[@name='ann']/@role", doc);
    }

    public org.w3c.dom.Document defaults() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(getClass().getResourceAsStream("/defaults.xml"));
    }

    public org.w3c.dom.Document config() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("/etc/app/config.xml"));
    }
}

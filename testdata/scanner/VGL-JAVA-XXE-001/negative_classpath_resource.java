import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Document;

// Documents shipped inside the application jar, named by a literal.
public class DefaultsLoader {
    public Document defaults() throws Exception {
        DocumentBuilder db = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        return db.parse(getClass().getResourceAsStream("/defaults/config.xml"));
    }

    public Document mappings() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        return f.newDocumentBuilder().parse(new ClassPathResource("mappings.xml").getInputStream());
    }

    public XMLStreamReader menu() throws Exception {
        XMLInputFactory xif = XMLInputFactory.newFactory();
        return xif.createXMLStreamReader(DefaultsLoader.class.getClassLoader().getResourceAsStream("menu.xml"));
    }
}

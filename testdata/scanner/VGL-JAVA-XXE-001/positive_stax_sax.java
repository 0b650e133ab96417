import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.*;
import java.io.InputStream;

public class Feed {
    public XMLStreamReader open(InputStream in) throws Exception {
        XMLInputFactory f = XMLInputFactory.newFactory();
        return f.createXMLStreamReader(in); // vigil:expect VGL-JAVA-XXE-001
    }

    public void sax(InputStream in, org.xml.sax.helpers.DefaultHandler h) throws Exception {
        SAXParserFactory.newInstance().newSAXParser().parse(in, h); // vigil:expect VGL-JAVA-XXE-001
    }
}

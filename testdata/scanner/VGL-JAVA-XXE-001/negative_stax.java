import javax.xml.stream.*;
import java.io.InputStream;

public class Feed {
    public XMLStreamReader open(InputStream in) throws Exception {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        return f.createXMLStreamReader(in);
    }
}

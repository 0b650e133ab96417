import javax.xml.XMLConstants;
import javax.xml.parsers.*;
import javax.xml.transform.*;
import javax.xml.transform.stream.*;
import java.io.*;

// Each factory is hardened before it makes its parser or transformer;
// parse() on other objects (numbers, dates, URIs) is no XML parsing.
public class Render {
    public void render(InputStream xslt, InputStream xml, OutputStream out) throws Exception {
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        Transformer t = tf.newTransformer(new StreamSource(xslt));
        t.transform(new StreamSource(xml), new StreamResult(out));
    }

    public void sax(InputStream in, org.xml.sax.helpers.DefaultHandler h) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        spf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        spf.newSAXParser().parse(in, h);
    }

    public int number(String s) {
        return Integer.parseInt(s) + java.time.LocalDate.parse("2024-01-01").getYear();
    }
}

import javax.xml.parsers.*;
import javax.xml.transform.*;
import javax.xml.transform.stream.*;
import org.w3c.dom.Document;
import java.io.*;

// Two factories in one class: the hardened one is safe, the other is not,
// and a feature set after the parser was made is too late.
public class Imports {
    public Document config(File f) throws Exception {
        DocumentBuilderFactory hardened = DocumentBuilderFactory.newInstance();
        hardened.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return hardened.newDocumentBuilder().parse(f);
    }

    public Document upload(InputStream in) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder db = dbf.newDocumentBuilder();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return db.parse(in); // vigil:expect VGL-JAVA-XXE-001
    }

    public void render(InputStream xslt, InputStream xml, OutputStream out) throws Exception {
        TransformerFactory tf = TransformerFactory.newInstance();
        Transformer t = tf.newTransformer(new StreamSource(xslt)); // vigil:expect VGL-JAVA-XXE-001
        t.transform(new StreamSource(xml), new StreamResult(out)); // vigil:expect VGL-JAVA-XXE-001
    }
}

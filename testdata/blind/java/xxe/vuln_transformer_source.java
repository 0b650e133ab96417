package com.example.render;

import java.io.StringWriter;
import javax.servlet.http.HttpServletRequest;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

/** Pretty-prints XML that a user pastes into the formatter page. */
public class XmlFormatter {

    public String format(HttpServletRequest request) throws Exception {
        TransformerFactory tf = TransformerFactory.newInstance();
        Transformer t = tf.newTransformer();
        t.setOutputProperty("indent", "yes");
        StringWriter out = new StringWriter();
        t.transform(new StreamSource(request.getReader()), new StreamResult(out)); // LABEL: CWE-611
        return out.toString();
    }
}

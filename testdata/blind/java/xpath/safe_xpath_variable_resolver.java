package com.example.legacyauth;

import javax.xml.namespace.QName;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import javax.servlet.http.HttpServletRequest;
import org.w3c.dom.Document;

public class XmlUserLookup {
    private final Document users;

    public XmlUserLookup(Document users) {
        this.users = users;
    }

    public boolean exists(HttpServletRequest request) throws Exception {
        final String name = request.getParameter("user");
        XPath xp = XPathFactory.newInstance().newXPath();
        // The value is bound as an XPath variable, never spliced into the expression.
        xp.setXPathVariableResolver((QName q) -> "name".equals(q.getLocalPart()) ? name : null);
        return (Boolean) xp.evaluate("boolean(/users/user[name=$name])", users, XPathConstants.BOOLEAN);
    }
}

package com.example.notices;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class NoticeRenderer {

    private final Configuration cfg;

    public NoticeRenderer(Configuration cfg) {
        this.cfg = cfg;
    }

    public String render(String source, Map<String, Object> model) throws Exception {
        Template t = new Template("notice", new StringReader(source), cfg); // LABEL: CWE-1336
        StringWriter out = new StringWriter();
        t.process(model, out);
        return out.toString();
    }
}

package com.example.notices;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringWriter;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/admin/notices")
public class NoticeController {

    private static final Set<String> KNOWN = Set.of("maintenance", "price-change", "welcome");

    private final Configuration cfg;

    public NoticeController(Configuration cfg) {
        this.cfg = cfg;
    }

    @GetMapping("/{kind}/render")
    public String render(@PathVariable String kind, @RequestParam String customer) throws Exception {
        if (!KNOWN.contains(kind)) {
            throw new IllegalArgumentException("unknown notice");
        }
        Template t = cfg.getTemplate("notices/" + kind + ".ftlh");
        StringWriter out = new StringWriter();
        t.process(Map.of("customer", customer), out);
        return out.toString();
    }
}

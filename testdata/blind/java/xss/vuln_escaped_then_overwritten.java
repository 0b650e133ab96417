package com.example.tags;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

@Controller
public class TagPageController {

    @GetMapping(value = "/tags", produces = "text/html")
    @ResponseBody
    public String tag(@RequestParam(defaultValue = "") String t) {
        String label = HtmlUtils.htmlEscape(t);
        if (t.startsWith("#")) {
            // Hashtags are shown without the leading '#'.
            label = t.substring(1);
        }
        return "<h1>Posts tagged " + label + "</h1>"; // LABEL: CWE-79
    }
}

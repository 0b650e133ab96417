package com.example.tags;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

@Controller
public class SafeTagPageController {

    @GetMapping(value = "/topics", produces = "text/html")
    @ResponseBody
    public String topic(@RequestParam(defaultValue = "") String t) {
        String raw = t.startsWith("#") ? t.substring(1) : t;
        String label = HtmlUtils.htmlEscape(raw);
        return "<h1>Posts tagged " + label + "</h1>";
    }
}

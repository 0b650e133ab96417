package com.example.search;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

@Controller
public class EscapedSearchController {

    @GetMapping(value = "/find", produces = "text/html")
    @ResponseBody
    public String find(@RequestParam(defaultValue = "") String q) {
        String shown = HtmlUtils.htmlEscape(q);
        return "<div class=\"results\">No results for <b>" + shown + "</b></div>";
    }
}

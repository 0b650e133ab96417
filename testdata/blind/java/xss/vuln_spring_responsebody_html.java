package com.example.search;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
public class SearchController {

    @GetMapping(value = "/search", produces = "text/html")
    @ResponseBody
    public String search(@RequestParam(defaultValue = "") String q) {
        int hits = q.length() % 7;
        return "<div class=\"results\">" + hits + " results for <b>" + q + "</b></div>"; // LABEL: CWE-79
    }
}

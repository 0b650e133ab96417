package com.example.portal;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

@RestController
public class LocaleBannerController {

    @GetMapping(value = "/banner", produces = MediaType.TEXT_HTML_VALUE)
    public String banner(@RequestHeader(value = "Accept-Language", defaultValue = "en") String lang) {
        String notice = "<div class=\"notice\">Content shown for locale " + HtmlUtils.htmlEscape(lang) + "</div>";
        return notice;
    }
}

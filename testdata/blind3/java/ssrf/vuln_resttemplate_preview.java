package com.example.links;

import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@Service
class LinkPreviewService {
    private final RestTemplate rest;

    LinkPreviewService(RestTemplate rest) {
        this.rest = rest;
    }

    String fetchHead(String url) {
        String body = rest.getForObject(url, String.class); // LABEL: CWE-918
        int end = body == null ? -1 : body.indexOf("</head>");
        return end < 0 ? "" : body.substring(0, end);
    }
}

@RestController
class LinkPreviewController {
    private final LinkPreviewService previews;

    LinkPreviewController(LinkPreviewService previews) {
        this.previews = previews;
    }

    @GetMapping("/links/preview")
    String preview(@RequestParam String url) {
        return previews.fetchHead(url).length() + " bytes of head";
    }
}

package com.example.notices.web;

import com.example.notices.NoticeRenderer;
import java.util.Map;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/admin/notices")
public class NoticeController {

    private final NoticeRenderer renderer;

    public NoticeController(NoticeRenderer renderer) {
        this.renderer = renderer;
    }

    @PostMapping("/render")
    public String render(@RequestBody Map<String, String> body) throws Exception {
        String source = body.getOrDefault("template", "Dear ${customer},");
        return renderer.render(source, Map.of("customer", "Sample Customer"));
    }
}

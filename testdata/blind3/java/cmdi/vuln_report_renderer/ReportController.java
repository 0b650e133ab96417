package com.example.reports;

import java.io.IOException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReportController {

    record RenderRequest(String source, String paper, String title) {}

    private final PdfRenderer renderer;

    ReportController(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    @PostMapping("/reports/render")
    ResponseEntity<String> render(@RequestBody RenderRequest req) throws IOException, InterruptedException {
        String file = renderer.render(req.source(), req.paper() == null ? "A4" : req.paper());
        return ResponseEntity.ok(file);
    }
}

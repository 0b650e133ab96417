package com.example.reports.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
public class ReportDownloadController {

    private static final String REPORT_ROOT = "/var/app/reports";

    @GetMapping("/reports/download")
    public ResponseEntity<byte[]> download(@RequestParam String file) throws IOException {
        Path path = Paths.get(REPORT_ROOT, file);
        byte[] body = Files.readAllBytes(path); // LABEL: CWE-22
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + path.getFileName() + "\"")
                .body(body);
    }
}

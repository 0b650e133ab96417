package com.example.reports.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
public class ReportDownloadController {

    private static final Path REPORT_ROOT = Path.of("/var/app/reports").toAbsolutePath().normalize();

    @GetMapping("/reports/download")
    public ResponseEntity<byte[]> download(@RequestParam String file) throws IOException {
        Path path = REPORT_ROOT.resolve(file).normalize();
        if (!path.startsWith(REPORT_ROOT) || !Files.isRegularFile(path)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        byte[] body = Files.readAllBytes(path);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + path.getFileName() + "\"")
                .body(body);
    }
}

package com.example.docs.web;

import java.io.File;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/attachments")
public class AttachmentUploadController {

    @Value("${attachments.dir}")
    private String attachmentsDir;

    @PostMapping
    public ResponseEntity<String> upload(@RequestParam("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            return ResponseEntity.badRequest().body("empty upload");
        }
        File target = new File(attachmentsDir, file.getOriginalFilename());
        file.transferTo(target); // LABEL: CWE-22
        return ResponseEntity.ok(target.getName());
    }
}

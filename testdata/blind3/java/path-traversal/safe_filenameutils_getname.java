package com.example.docs;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.commons.io.FilenameUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class AttachmentController {

    private final Path storage = Paths.get("/srv/attachments");

    @PostMapping("/attachments")
    ResponseEntity<String> upload(@RequestParam("file") MultipartFile file) throws IOException {
        String name = FilenameUtils.getName(file.getOriginalFilename());
        if (name == null || name.isBlank() || name.equals("..")) {
            return ResponseEntity.badRequest().body("missing name");
        }
        file.transferTo(storage.resolve(name));
        return ResponseEntity.ok(name);
    }
}

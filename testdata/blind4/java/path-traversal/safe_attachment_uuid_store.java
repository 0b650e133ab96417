package com.example.helpdesk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class AttachmentStoreController {

    private final Path root = Path.of("/data/helpdesk");
    private final AttachmentIndex index;

    public AttachmentStoreController(AttachmentIndex index) {
        this.index = index;
    }

    @PostMapping("/tickets/{ticket}/attachments")
    public String store(@PathVariable long ticket, @RequestParam("file") MultipartFile file) throws IOException {
        String storedName = UUID.randomUUID() + ".bin";
        Path dir = Files.createDirectories(root.resolve(Long.toString(ticket)));
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, dir.resolve(storedName));
        }
        index.record(ticket, storedName, file.getOriginalFilename());
        return storedName;
    }
}

package com.example.legal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

@RestController
public class LegalTextController {
    private static final Map<String, Path> DOCUMENTS = Map.of(
            "terms", Path.of("/opt/app/legal/terms-2024.md"),
            "privacy", Path.of("/opt/app/legal/privacy-2024.md"),
            "imprint", Path.of("/opt/app/legal/imprint.md"));

    @GetMapping("/legal/{doc}")
    public String show(@PathVariable String doc) throws IOException {
        Path file = DOCUMENTS.get(doc);
        if (file == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return Files.readString(file);
    }
}

package com.example.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ManualController {
    private static final String MANUALS = "/opt/app/manuals";

    @GetMapping("/manuals/page")
    public ResponseEntity<byte[]> page(@RequestParam("name") String name) throws IOException {
        Path page = Paths.get(MANUALS, name + ".html");
        byte[] body = Files.readAllBytes(page); // LABEL: CWE-22
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(body);
    }
}

package com.example.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Service;

@Service
class MailTemplates {
    private final Path root = Path.of("/etc/app/mail-templates").toAbsolutePath().normalize();

    String load(String name) throws IOException {
        Path file = root.resolve(name + ".html").normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("bad template name");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    boolean exists(String name) {
        return Files.exists(root.resolve("index.html"));
    }
}

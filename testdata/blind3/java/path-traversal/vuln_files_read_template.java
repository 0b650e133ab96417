package com.example.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Service
class MailTemplates {
    private final Path root = Path.of("/etc/app/mail-templates");

    String load(String name) throws IOException {
        return Files.readString(root.resolve(name + ".html"), StandardCharsets.UTF_8); // LABEL: CWE-22
    }
}

@RestController
class MailTemplateController {
    private final MailTemplates templates;

    MailTemplateController(MailTemplates templates) {
        this.templates = templates;
    }

    @GetMapping("/admin/mail-templates")
    String show(@RequestParam(defaultValue = "welcome") String name) throws IOException {
        return templates.load(name);
    }
}

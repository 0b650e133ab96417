package com.example.themes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class ThemeUploadController {
    private final Path themes = Path.of("/srv/site/themes");

    @PostMapping("/admin/themes")
    public String upload(@RequestParam("bundle") MultipartFile bundle) throws IOException {
        int count = 0;
        try (ZipInputStream zis = new ZipInputStream(bundle.getInputStream())) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                Path target = themes.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                Files.copy(zis, target, StandardCopyOption.REPLACE_EXISTING); // LABEL: CWE-22
                count++;
            }
        }
        return count + " files installed";
    }
}

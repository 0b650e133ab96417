package com.example.backup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ArchiveController {

    public static class ArchiveRequest {
        private String directory;

        public String getDirectory() {
            return directory;
        }

        public void setDirectory(String directory) {
            this.directory = directory;
        }
    }

    @PostMapping("/api/archives")
    public ResponseEntity<String> create(@RequestBody ArchiveRequest body) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add("-c");
        command.add("tar czf /var/backups/site.tgz " + body.getDirectory());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start(); // LABEL: CWE-78
        return ResponseEntity.accepted().body("started " + process.pid());
    }
}

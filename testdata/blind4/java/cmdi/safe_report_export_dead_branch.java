package com.example.reports;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.web.bind.annotation.*;

@RestController
public class ArchiveController {

    private static final boolean USE_SHELL_ARCHIVER = false;
    private static final Path REPORT_DIR = Path.of("/var/reports");

    @PostMapping("/reports/{year}/archive")
    public String archive(@PathVariable int year, @RequestHeader(value = "X-Archive-Name", defaultValue = "reports") String name) throws IOException, InterruptedException {
        Process p;
        if (USE_SHELL_ARCHIVER) {
            p = Runtime.getRuntime().exec("sh -c 'zip -r /tmp/" + name + ".zip " + REPORT_DIR + "/" + year + "'");
        } else {
            p = new ProcessBuilder("zip", "-r", "/tmp/reports-" + year + ".zip", REPORT_DIR.resolve(String.valueOf(year)).toString()).start();
        }
        return p.waitFor() == 0 ? "ok" : "failed";
    }
}

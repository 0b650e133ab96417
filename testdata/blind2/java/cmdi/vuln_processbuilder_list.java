import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BackupController {
    record BackupRequest(String database, String label) {}

    @PostMapping("/backups")
    String backup(@RequestBody BackupRequest body) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add("bash");
        cmd.add("-c");
        cmd.add("pg_dump " + body.database() + " > /backups/" + body.label() + ".sql");
        new ProcessBuilder(cmd).inheritIO().start(); // LABEL: CWE-78
        return "started";
    }
}

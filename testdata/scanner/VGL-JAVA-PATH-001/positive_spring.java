import java.nio.file.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class ExportController {
    @GetMapping("/exports/{name}")
    public byte[] download(@PathVariable("name") String name) throws Exception {
        return Files.readAllBytes(Paths.get("/srv/exports", name)); // vigil:expect VGL-JAVA-PATH-001
    }
}

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class UploadController {
    private final Path root = Paths.get("/var/uploads");

    @PostMapping("/upload")
    String upload(@RequestParam("file") MultipartFile file) throws IOException {
        Path dest = root.resolve(file.getOriginalFilename());
        Files.write(dest, file.getBytes()); // LABEL: CWE-22
        return "stored";
    }
}

import java.io.File;
import java.nio.file.Paths;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class UploadController {
    @PostMapping("/upload")
    public String upload(MultipartFile file, @RequestParam String folder) throws Exception {
        File dest = new File("/srv/uploads/" + file.getOriginalFilename()); // vigil:expect VGL-JAVA-PATH-001
        file.transferTo(Paths.get("/srv/uploads", folder, "data.bin")); // vigil:expect VGL-JAVA-PATH-001
        return dest.getName();
    }
}

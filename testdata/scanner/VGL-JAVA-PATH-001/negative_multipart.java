import java.io.File;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class UploadController {
    @PostMapping("/upload")
    public String upload(MultipartFile file) throws Exception {
        String id = UUID.randomUUID().toString();
        file.transferTo(new File("/srv/uploads/" + id + ".bin"));
        return id;
    }
}

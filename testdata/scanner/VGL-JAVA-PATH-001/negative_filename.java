import java.nio.file.*;
import javax.servlet.http.*;

public class Reports {
    private static final Path BASE = Paths.get("/var/reports");

    public byte[] read(HttpServletRequest request) throws Exception {
        Path name = Paths.get(request.getParameter("name")).getFileName();
        Path p = BASE.resolve(name);
        return Files.readAllBytes(p);
    }
}

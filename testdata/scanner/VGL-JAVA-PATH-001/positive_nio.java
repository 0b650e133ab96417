import java.nio.file.*;
import javax.servlet.http.*;

public class Reports {
    private static final Path BASE = Paths.get("/var/reports");

    public byte[] read(HttpServletRequest request) throws Exception {
        Path p = BASE.resolve(request.getPathInfo());
        return Files.readAllBytes(p); // vigil:expect VGL-JAVA-PATH-001
    }

    public void remove(HttpServletRequest request) throws Exception {
        Files.delete(Paths.get("/tmp/uploads", request.getParameter("id"))); // vigil:expect VGL-JAVA-PATH-001
    }
}

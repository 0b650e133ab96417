import java.util.List;
import javax.servlet.http.*;

public class Converter {
    private void convert(String file) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "convert " + file + " out.png"); // vigil:expect VGL-JAVA-CMDI-001
        pb.start().waitFor();
    }

    public void handle(HttpServletRequest request) throws Exception {
        convert(request.getParameter("file"));
        ProcessBuilder builder = new ProcessBuilder();
        builder.command(List.of("tar", "xf", request.getHeader("X-Archive"))); // vigil:expect VGL-JAVA-CMDI-001
    }
}

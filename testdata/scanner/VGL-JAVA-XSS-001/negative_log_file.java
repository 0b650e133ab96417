import java.io.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class Ping {
    @GetMapping("/ping")
    public String ping(@RequestHeader("User-Agent") String userAgent) throws IOException {
        try (PrintWriter pw = new PrintWriter(new FileWriter("/var/log/app/ping.log", true))) {
            pw.println("ping from " + userAgent);
        }
        return "pong";
    }
}

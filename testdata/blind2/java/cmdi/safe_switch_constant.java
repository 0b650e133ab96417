import java.io.IOException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ServiceController {
    @PostMapping("/services/restart")
    String restart(@RequestParam String service) throws IOException {
        String unit;
        switch (service) {
            case "web": unit = "nginx.service"; break;
            case "db": unit = "postgresql.service"; break;
            default: return "unknown service";
        }
        Runtime.getRuntime().exec("systemctl restart " + unit);
        return "restarting " + unit;
    }
}

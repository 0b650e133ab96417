import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReportController {
    private final ReportDao dao;

    ReportController(ReportDao dao) {
        this.dao = dao;
    }

    @GetMapping("/reports")
    List<String> reports(@RequestHeader("X-Team") String team) {
        return dao.titlesFor(team);
    }
}

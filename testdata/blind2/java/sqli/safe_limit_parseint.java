import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FeedController {
    private final JdbcTemplate jdbc;

    FeedController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/feed")
    List<Map<String, Object>> feed(@RequestParam(defaultValue = "20") String size) {
        int n = Math.min(Integer.parseInt(size), 100);
        return jdbc.queryForList("SELECT id, body FROM posts ORDER BY id DESC LIMIT " + n);
    }
}

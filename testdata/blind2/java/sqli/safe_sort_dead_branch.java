import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TicketController {
    private static final boolean CUSTOM_SORT_ENABLED = false;
    private final JdbcTemplate jdbc;

    TicketController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/tickets")
    List<Map<String, Object>> tickets(@RequestParam(required = false) String sort) {
        String order = "created_at";
        if (CUSTOM_SORT_ENABLED) {
            order = sort;
        }
        return jdbc.queryForList("SELECT id, subject FROM tickets ORDER BY " + order);
    }
}

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class ProductController {
    private final JdbcTemplate jdbcTemplate;

    ProductController(JdbcTemplate jdbcTemplate) { this.jdbcTemplate = jdbcTemplate; }

    @GetMapping("/products")
    public List<Map<String, Object>> search(@RequestParam String q) {
        return jdbcTemplate.queryForList("SELECT id, name FROM products WHERE name LIKE ?", "%" + q + "%");
    }

    @GetMapping("/products/{id}")
    public Map<String, Object> get(@PathVariable Long id, @RequestParam(defaultValue = "10") int limit) {
        return jdbcTemplate.queryForMap("SELECT * FROM products WHERE id = " + id + " LIMIT " + limit);
    }
}

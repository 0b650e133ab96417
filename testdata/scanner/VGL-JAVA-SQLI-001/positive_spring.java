import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class ProductController {
    private final JdbcTemplate jdbcTemplate;

    ProductController(JdbcTemplate jdbcTemplate) { this.jdbcTemplate = jdbcTemplate; }

    @GetMapping("/products")
    public List<Map<String, Object>> search(@RequestParam(value = "q", required = false) String q) {
        return jdbcTemplate.queryForList("SELECT id, name FROM products WHERE name LIKE '%" + q + "%'"); // vigil:expect VGL-JAVA-SQLI-001
    }

    @GetMapping("/products/by/{vendor}")
    public List<Map<String, Object>> byVendor(@PathVariable String vendor) {
        String sql = "SELECT id FROM products WHERE vendor = '" + vendor + "'";
        return jdbcTemplate.queryForList(sql); // vigil:expect VGL-JAVA-SQLI-001
    }
}

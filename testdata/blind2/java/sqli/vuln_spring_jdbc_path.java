import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WarehouseController {
    private final JdbcTemplate jdbc;

    WarehouseController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/warehouses/{code}/stock")
    List<Map<String, Object>> stock(@PathVariable String code) {
        String sql = String.format("SELECT sku, qty FROM stock WHERE warehouse = '%s'", code);
        return jdbc.queryForList(sql); // LABEL: CWE-89
    }
}

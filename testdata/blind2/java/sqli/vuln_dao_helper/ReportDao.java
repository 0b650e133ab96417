import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ReportDao {
    private final JdbcTemplate jdbc;

    ReportDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<String> titlesFor(String team) {
        return jdbc.queryForList("SELECT title FROM reports WHERE team = '" + team + "'", String.class); // LABEL: CWE-89
    }
}

import java.sql.*;
import javax.persistence.EntityManager;
import javax.servlet.http.*;

public class OrderController {
    private EntityManager em;
    private Connection conn;

    private int purge(String status) throws SQLException {
        String sql = String.format("DELETE FROM orders WHERE status = '%s'", status);
        return conn.createStatement().executeUpdate(sql); // vigil:expect VGL-JAVA-SQLI-001
    }

    public Object list(HttpServletRequest request) throws SQLException {
        purge(request.getParameter("status"));
        String sort = request.getHeader("X-Sort");
        return em.createQuery("SELECT o FROM Order o ORDER BY " + sort).getResultList(); // vigil:expect VGL-JAVA-SQLI-001
    }
}

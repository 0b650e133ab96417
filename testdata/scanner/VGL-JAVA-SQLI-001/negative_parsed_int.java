import java.sql.*;
import javax.persistence.EntityManager;
import javax.servlet.http.*;

public class Paging {
    private Connection conn;
    private EntityManager em;

    public ResultSet page(HttpServletRequest request) throws SQLException {
        int limit = Integer.parseInt(request.getParameter("limit"));
        Statement st = conn.createStatement();
        em.createQuery("SELECT u FROM User u WHERE u.name = :name")
            .setParameter("name", request.getParameter("name"))
            .getResultList();
        return st.executeQuery("SELECT id FROM items LIMIT " + limit);
    }
}

import java.sql.*;
import javax.servlet.http.*;

public class UserLookup extends HttpServlet {
    private Connection conn;

    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        String name = req.getParameter("name");
        Statement stmt = conn.createStatement();
        ResultSet rs = stmt.executeQuery("SELECT id FROM users WHERE name = '" + name + "'"); // vigil:expect VGL-JAVA-SQLI-001
        resp.getWriter().println(rs.next());
    }
}

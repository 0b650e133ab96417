import java.sql.*;
import javax.servlet.http.*;

public class UserLookup extends HttpServlet {
    private Connection conn;

    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        String name = req.getParameter("name");
        PreparedStatement ps = conn.prepareStatement("SELECT id FROM users WHERE name = ?");
        ps.setString(1, name);
        ResultSet rs = ps.executeQuery();
        resp.getWriter().println(rs.next());
    }
}

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Enumeration;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

class AuditFilterServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StringBuilder where = new StringBuilder("1=1");
        Enumeration<String> names = req.getParameterNames();
        while (names.hasMoreElements()) {
            String n = names.nextElement();
            where.append(" AND ").append(n).append(" = '").append(req.getParameter(n)).append("'");
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://db/audit")) {
            c.createStatement().execute("SELECT * FROM audit_log WHERE " + where); // LABEL: CWE-89
        } catch (SQLException e) {
            resp.sendError(500);
        }
    }
}

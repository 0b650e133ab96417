import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;

// The values themselves joined into the IN list.
public class BulkLookup {
    public void find(Connection c, HttpServletRequest req) throws Exception {
        String[] ids = req.getParameterValues("id");
        String list = Arrays.stream(ids).map(x -> "'" + x + "'").collect(Collectors.joining(","));
        Statement st = c.createStatement();
        st.executeQuery("SELECT * FROM items WHERE id IN (" + list + ")"); // vigil:expect VGL-JAVA-SQLI-001
    }
}

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.Collections;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;

// The request decides how many placeholders there are, never their text.
public class BulkLookup {
    public void find(Connection c, HttpServletRequest req) throws Exception {
        String[] ids = req.getParameterValues("id");
        String marks = String.join(",", Collections.nCopies(ids.length, "?"));
        PreparedStatement ps = c.prepareStatement("SELECT * FROM items WHERE id IN (" + marks + ")");
        for (int i = 0; i < ids.length; i++) {
            ps.setString(i + 1, ids[i]);
        }
        String qs = Arrays.stream(ids).map(x -> "?").collect(Collectors.joining(", "));
        PreparedStatement ps2 = c.prepareStatement("DELETE FROM carts WHERE item IN (" + qs + ")");
        ps2.executeUpdate();
    }
}

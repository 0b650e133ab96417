import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

@Path("/notes")
public class NoteResource {
    private Connection conn;

    @POST
    public String create(String text, @Context SecurityContext sc) throws Exception {
        PreparedStatement ps = conn.prepareStatement("INSERT INTO notes(body, owner) VALUES (?, ?)");
        ps.setString(1, text);
        ps.setString(2, sc.getUserPrincipal().getName());
        ps.executeUpdate();
        return "created";
    }

    @POST
    @Path("/count")
    public String count(int limit) throws Exception {
        Statement st = conn.createStatement();
        st.executeQuery("SELECT id FROM notes LIMIT " + limit);
        return "ok";
    }
}

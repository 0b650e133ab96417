import java.sql.Connection;
import java.sql.Statement;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;

@Path("/notes")
public class NoteResource {
    private Connection conn;

    @POST
    @Consumes("text/plain")
    public String create(String text) throws Exception {
        Statement st = conn.createStatement();
        st.executeUpdate("INSERT INTO notes(body) VALUES ('" + text + "')"); // vigil:expect VGL-JAVA-SQLI-001
        return "created";
    }

    @PUT
    @Path("/{id}")
    public String rename(@PathParam("id") long id, NoteDto note) throws Exception {
        Statement st = conn.createStatement();
        st.executeUpdate("UPDATE notes SET title = '" + note.title + "' WHERE id = " + id); // vigil:expect VGL-JAVA-SQLI-001
        return "ok";
    }
}

class NoteDto {
    public String title;
}

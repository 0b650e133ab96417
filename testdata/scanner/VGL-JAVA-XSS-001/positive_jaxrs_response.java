import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

// An HTML resource that returns a Response whose entity is built from the path.
@Path("/cards")
@Produces(MediaType.TEXT_HTML)
public class CardResource {
    @GET
    @Path("/{title}")
    public Response card(@PathParam("title") String title) {
        String html = "<div class=\"card\">" + title + "</div>";
        return Response.ok(html).build(); // vigil:expect VGL-JAVA-XSS-001
    }
}

import java.net.URI;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

// Responses that carry no page built from the request: plain text, a
// redirect to a fixed page, an empty 204.
@Path("/labels")
public class LabelResource {
    @GET
    @Path("/{name}")
    @Produces(MediaType.TEXT_PLAIN)
    public Response label(@PathParam("name") String name) {
        return Response.ok("label: " + name).build();
    }

    @GET
    @Path("/go/{name}")
    @Produces(MediaType.TEXT_HTML)
    public Response go(@PathParam("name") String name) {
        if (name.isEmpty()) {
            return Response.noContent().build();
        }
        return Response.seeOther(URI.create("/labels/list")).build();
    }
}

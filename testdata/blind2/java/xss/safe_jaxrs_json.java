import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

@Path("/tags")
class TagResource {
    @GET
    @Path("/{tag}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response tag(@PathParam("tag") String tag) {
        return Response.ok(Map.of("tag", tag, "count", 0)).build();
    }
}

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
    @Produces(MediaType.TEXT_HTML)
    public Response tag(@PathParam("tag") String tag) {
        String body = "<html><body><h2>Posts tagged " + tag + "</h2></body></html>";
        return Response.ok(body).build(); // LABEL: CWE-79
    }
}

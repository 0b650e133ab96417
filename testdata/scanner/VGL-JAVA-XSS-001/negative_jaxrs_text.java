import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

// Plain text, JSON, or a type left to negotiation is no HTML page.
@Path("/greet")
@Produces(MediaType.TEXT_HTML)
public class PlainResource {
    @GET
    @Path("/{name}")
    @Produces(MediaType.TEXT_PLAIN)
    public String hello(@PathParam("name") String name) {
        return "Hello " + name;
    }

    @GET
    @Path("/json/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public String json(@PathParam("name") String name) {
        return "{\"name\": \"" + name.replace("\"", "") + "\"}";
    }

    @GET
    @Path("/id/{id}")
    public String byId(@PathParam("id") int id) {
        return "<p>" + id + "</p>";
    }
}

@Path("/other")
class NegotiatedResource {
    @GET
    @Path("/{name}")
    public String hello(@PathParam("name") String name) {
        return "Hello " + name;
    }
}

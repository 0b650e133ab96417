import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

// A JAX-RS resource method that produces HTML returns the page.
@Path("/greet")
public class GreetResource {
    @GET
    @Path("/{name}")
    @Produces(MediaType.TEXT_HTML)
    public String hello(@PathParam("name") String name) {
        return "<h1>Hello " + name + "</h1>"; // vigil:expect VGL-JAVA-XSS-001
    }

    @GET
    @Path("/search")
    @Produces({"text/html; charset=UTF-8"})
    public String search(@QueryParam("q") String q) {
        String page = "<p>Results for " + q + "</p>";
        return page; // vigil:expect VGL-JAVA-XSS-001
    }
}

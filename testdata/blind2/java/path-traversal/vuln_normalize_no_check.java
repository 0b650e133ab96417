import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.ws.rs.DELETE;
import javax.ws.rs.PathParam;

@javax.ws.rs.Path("/exports")
class ExportResource {
    @DELETE
    @javax.ws.rs.Path("/{name}")
    public void delete(@PathParam("name") String name) throws IOException {
        Path p = Paths.get("/srv/exports").resolve(name).normalize();
        Files.deleteIfExists(p); // LABEL: CWE-22
    }
}

import java.net.URI;
import javax.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;

public class Pictures {
    public ResponseEntity<Void> random(HttpServletRequest request) throws Exception {
        String id = request.getParameter("id");
        return ResponseEntity.status(302)
            .location(new URI("/pictures/view?id=" + id))
            .build();
    }
}

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

class SyncServlet extends HttpServlet {
    private final ObjectMapper mapper = new ObjectMapper();

    static class SyncState {
        public String device;
        public long cursor;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        SyncState state = mapper.readValue(req.getInputStream(), SyncState.class);
        resp.getWriter().println("synced " + state.cursor);
    }
}

import java.io.IOException;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

class SyncServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(req.getInputStream())) {
            Object state = in.readObject(); // LABEL: CWE-502
            resp.getWriter().println("synced " + state.getClass().getSimpleName());
        } catch (ClassNotFoundException e) {
            resp.sendError(400);
        }
    }
}

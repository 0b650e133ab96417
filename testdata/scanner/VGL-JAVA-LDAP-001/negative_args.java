import javax.naming.directory.*;
import javax.servlet.http.*;

public class Directory {
    private DirContext ctx;

    public boolean exists(HttpServletRequest request) throws Exception {
        String uid = request.getParameter("uid");
        return ctx.search("ou=people", "(&(objectClass=person)(uid={0}))", new Object[] {uid}, new SearchControls()).hasMore();
    }
}

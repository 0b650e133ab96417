import javax.naming.directory.*;
import javax.servlet.http.*;

public class Directory {
    private DirContext ctx;

    public boolean exists(HttpServletRequest request) throws Exception {
        String uid = request.getParameter("uid");
        String filter = "(&(objectClass=person)(uid=" + uid + "))";
        return ctx.search("ou=people,dc=example,dc=org", filter, new SearchControls()).hasMore(); // vigil:expect VGL-JAVA-LDAP-001
    }
}

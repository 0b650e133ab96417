import javax.naming.directory.*;
import javax.servlet.http.*;

public class Groups {
    private DirContext dirContext;

    private Object find(String group) throws Exception {
        return dirContext.search("ou=groups", "(cn=" + group + ")", new SearchControls()); // vigil:expect VGL-JAVA-LDAP-001
    }

    public Object handle(HttpServletRequest req) throws Exception {
        return find(req.getHeader("X-Group"));
    }
}

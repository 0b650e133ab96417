import javax.naming.directory.*;
import javax.servlet.http.*;
import org.springframework.ldap.support.LdapEncoder;

public class Groups {
    private DirContext ctx;

    public Object handle(HttpServletRequest req) throws Exception {
        String group = LdapEncoder.filterEncode(req.getParameter("group"));
        return ctx.search("ou=groups", "(cn=" + group + ")", new SearchControls());
    }
}

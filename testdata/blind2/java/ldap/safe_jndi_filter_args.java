import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PhonebookController {
    private DirContext ctx;

    @GetMapping("/phonebook")
    int lookup(@RequestParam String surname) throws NamingException {
        NamingEnumeration<SearchResult> res = ctx.search("ou=staff,dc=acme,dc=com",
                "(&(objectClass=inetOrgPerson)(sn={0}))", new Object[] {surname}, new SearchControls());
        int n = 0;
        while (res.hasMore()) { res.next(); n++; }
        return n;
    }
}

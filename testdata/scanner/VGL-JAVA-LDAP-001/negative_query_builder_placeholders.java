package demo;

import static org.springframework.ldap.query.LdapQueryBuilder.query;

import java.util.List;
import javax.naming.ldap.Rdn;
import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PeopleController {
    private final LdapTemplate ldap;

    public PeopleController(LdapTemplate ldap) {
        this.ldap = ldap;
    }

    // filter(format, args...) encodes its arguments
    @GetMapping("/people")
    public List<String> people(@RequestParam String uid) {
        return ldap.search(query().base("ou=people").filter("(uid={0})", uid),
            (AttributesMapper<String>) attrs -> (String) attrs.get("cn").get());
    }

    @GetMapping("/people/escaped")
    public List<String> escaped(@RequestParam String uid) {
        return ldap.search(query().filter("(uid=" + Rdn.escapeValue(uid) + ")"),
            (AttributesMapper<String>) attrs -> (String) attrs.get("cn").get());
    }
}

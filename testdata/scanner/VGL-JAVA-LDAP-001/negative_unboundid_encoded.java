package demo;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MailLookup {
    private final LDAPConnection connection;

    public MailLookup(LDAPConnection connection) {
        this.connection = connection;
    }

    @GetMapping("/mail")
    public int count(@RequestParam String mail) throws LDAPException {
        SearchResult r = connection.search("dc=example,dc=com", SearchScope.SUB, "(mail=" + Filter.encodeValue(mail) + ")");
        return r.getEntryCount();
    }
}

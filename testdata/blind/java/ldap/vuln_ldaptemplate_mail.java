package com.example.directory;

import java.util.List;
import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PeopleSearchController {
    private final LdapTemplate ldap;

    public PeopleSearchController(LdapTemplate ldap) {
        this.ldap = ldap;
    }

    @GetMapping("/api/people")
    public List<String> byMail(@RequestParam String mail) {
        String filter = "(mail=" + mail + ")";
        return ldap.search("ou=people", filter, (AttributesMapper<String>) attrs -> (String) attrs.get("cn").get()); // LABEL: CWE-90
    }
}

package com.example.directory;

import static org.springframework.ldap.query.LdapQueryBuilder.query;

import java.util.List;

import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.stereotype.Service;

@Service
class PeopleDirectory {

    private final LdapTemplate ldap;

    PeopleDirectory(LdapTemplate ldap) {
        this.ldap = ldap;
    }

    List<String> byDepartment(String department, String title) {
        return ldap.search(
                query().base("ou=people").where("objectClass").is("person")
                        .and("department").is(department)
                        .and("title").is(title),
                (AttributesMapper<String>) attrs -> (String) attrs.get("cn").get());
    }
}

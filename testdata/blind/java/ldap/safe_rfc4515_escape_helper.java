package com.example.directory;

import java.util.List;
import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;

public class PhoneBook {
    private final LdapTemplate ldap;

    public PhoneBook(LdapTemplate ldap) {
        this.ldap = ldap;
    }

    /** Escapes a value for use inside an LDAP search filter (RFC 4515 section 3). */
    static String escapeFilterValue(String value) {
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\': sb.append("\\5c"); break;
                case '*': sb.append("\\2a"); break;
                case '(': sb.append("\\28"); break;
                case ')': sb.append("\\29"); break;
                case '\0': sb.append("\\00"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    public List<String> lookup(String surname) {
        String filter = "(sn=" + escapeFilterValue(surname) + ")";
        return ldap.search("ou=people", filter, (AttributesMapper<String>) a -> (String) a.get("telephoneNumber").get());
    }
}

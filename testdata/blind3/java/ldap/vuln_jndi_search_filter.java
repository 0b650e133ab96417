package com.example.directory;

import java.util.ArrayList;
import java.util.List;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;

import org.springframework.stereotype.Service;

@Service
class PeopleDirectory {

    private final DirContext ctx;

    PeopleDirectory(DirContext ctx) {
        this.ctx = ctx;
    }

    List<String> byDepartment(String department, String title) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[] {"cn", "mail"});
        String filter = "(&(objectClass=person)(department=" + department + ")(title=" + title + "))";
        NamingEnumeration<SearchResult> results = ctx.search("ou=people,dc=corp,dc=example", filter, controls); // LABEL: CWE-90
        List<String> names = new ArrayList<>();
        while (results.hasMore()) {
            names.add(results.next().getNameInNamespace());
        }
        return names;
    }
}

package com.example.directory;

import java.util.ArrayList;
import java.util.List;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.springframework.web.bind.annotation.*;

@RestController
public class GroupController {

    private final DirContext ctx;

    public GroupController(DirContext ctx) {
        this.ctx = ctx;
    }

    @GetMapping("/groups/{group}/members")
    public List<String> members(@PathVariable String group) throws NamingException {
        SearchControls sc = new SearchControls();
        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
        String filter = "(&(objectClass=groupOfNames)(cn=" + group + "))";
        NamingEnumeration<SearchResult> results = ctx.search("ou=groups,dc=example,dc=com", filter, sc); // LABEL: CWE-90
        List<String> names = new ArrayList<>();
        while (results.hasMore()) {
            names.add(results.next().getNameInNamespace());
        }
        return names;
    }
}

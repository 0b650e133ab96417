package com.example.directory;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.http.HttpServletRequest;

public class GroupMembership {
    private final DirContext ctx;

    public GroupMembership(DirContext ctx) {
        this.ctx = ctx;
    }

    public boolean isMember(HttpServletRequest request, String groupDn) throws NamingException {
        String uid = request.getParameter("uid");
        SearchControls sc = new SearchControls();
        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
        // {0} and {1} are filter arguments: JNDI escapes them as RFC 4515 requires.
        NamingEnumeration<SearchResult> r = ctx.search("ou=people,dc=example,dc=com",
                "(&(uid={0})(memberOf={1}))", new Object[] {uid, groupDn}, sc);
        return r.hasMore();
    }
}

package com.example.directory;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.http.HttpServletRequest;

public class EmployeeDirectory {

    public boolean exists(HttpServletRequest request) throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, "ldap://ldap.internal:389");
        DirContext ctx = new InitialDirContext(env);
        try {
            String uid = request.getParameter("uid");
            String filter = "(&(objectClass=inetOrgPerson)(uid=" + uid + "))";
            SearchControls sc = new SearchControls();
            sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
            NamingEnumeration<SearchResult> results = ctx.search("ou=people,dc=example,dc=com", filter, sc); // LABEL: CWE-90
            return results.hasMore();
        } finally {
            ctx.close();
        }
    }
}

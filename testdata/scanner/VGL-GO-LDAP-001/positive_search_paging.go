package directory

import (
	"net/http"

	ldap "github.com/go-ldap/ldap/v3"
)

type Directory struct {
	ldapConn *ldap.Conn
}

// Members lists a team's members; the search is built first and sent page
// by page.
func (d *Directory) Members(w http.ResponseWriter, r *http.Request) {
	team := r.URL.Query().Get("team")
	search := ldap.NewSearchRequest(
		"ou=people,dc=corp,dc=local",
		ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,
		"(&(objectClass=person)(team="+team+"))",
		[]string{"cn", "mail"},
		nil,
	)
	res, err := d.ldapConn.SearchWithPaging(search, 100) // vigil:expect VGL-GO-LDAP-001
	if err != nil {
		http.Error(w, "lookup failed", http.StatusBadGateway)
		return
	}
	for _, e := range res.Entries {
		w.Write([]byte(e.GetAttributeValue("cn") + "\n"))
	}
}

package directory

import (
	"net/http"
	"strings"

	ldap "github.com/go-ldap/ldap/v3"
)

// Profile returns the attributes the caller asks for of the fixed service
// account: the attribute list chooses what comes back, not which entries
// the filter matches.
func Profile(conn *ldap.Conn, w http.ResponseWriter, r *http.Request) {
	attrs := strings.Split(r.URL.Query().Get("fields"), ",")
	req := ldap.NewSearchRequest("dc=corp,dc=local", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 10, false,
		"(uid=svc-reports)", attrs, nil)
	res, err := conn.Search(req)
	if err != nil || len(res.Entries) == 0 {
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Write([]byte(res.Entries[0].DN))
}

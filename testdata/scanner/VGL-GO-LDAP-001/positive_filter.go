package auth

import (
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

func lookup(conn *ldap.Conn, r *http.Request) {
	user := r.FormValue("user")
	req := ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,
		fmt.Sprintf("(uid=%s)", user), []string{"dn"}, nil)
	conn.Search(req) // vigil:expect VGL-GO-LDAP-001
}

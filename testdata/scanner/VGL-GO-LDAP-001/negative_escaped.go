package auth

import (
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

func lookup(conn *ldap.Conn, r *http.Request) {
	user := ldap.EscapeFilter(r.FormValue("user"))
	req := ldap.NewSearchRequest("dc=example,dc=com", 2, 0, 0, 0, false, fmt.Sprintf("(uid=%s)", user), []string{"dn"}, nil)
	conn.Search(req)
}

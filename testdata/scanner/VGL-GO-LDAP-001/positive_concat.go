package auth

import (
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

func groups(conn *ldap.Conn, r *http.Request) {
	filter := "(&(objectClass=group)(cn=" + r.URL.Query().Get("group") + "))"
	conn.Search(ldap.NewSearchRequest("dc=example,dc=com", 2, 0, 0, 0, false, filter, nil, nil)) // vigil:expect VGL-GO-LDAP-001
}

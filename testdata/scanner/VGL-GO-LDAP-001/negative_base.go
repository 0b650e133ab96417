package auth

import (
	"github.com/go-ldap/ldap/v3"
)

func admins(conn *ldap.Conn) {
	conn.Search(ldap.NewSearchRequest("dc=example,dc=com", 2, 0, 0, 0, false, "(memberOf=cn=admins)", nil, nil))
}

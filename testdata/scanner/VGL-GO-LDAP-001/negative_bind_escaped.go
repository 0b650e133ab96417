package auth

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-ldap/ldap/v3"
)

// The DN is escaped; the service account's DN is fixed; gin's c.Bind binds
// a request body to a struct and is no LDAP call.
func login(conn *ldap.Conn, r *http.Request) error {
	dn := fmt.Sprintf("uid=%s,ou=people,dc=corp,dc=local", ldap.EscapeDN(r.FormValue("username")))
	return conn.Bind(dn, r.FormValue("password"))
}

func serviceBind(conn *ldap.Conn, r *http.Request) error {
	return conn.Bind("cn=svc,dc=corp,dc=local", r.Header.Get("X-Svc-Secret"))
}

type form struct{ Name string }

func update(c *gin.Context) {
	var f form
	name := c.Query("name")
	_ = name
	c.Bind(&f)
}

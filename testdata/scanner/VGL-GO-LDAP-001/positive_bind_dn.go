package auth

import (
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

func login(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("username")
	conn, err := ldap.DialURL("ldaps://directory.internal:636")
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	defer conn.Close()
	dn := fmt.Sprintf("uid=%s,ou=people,dc=corp,dc=local", user)
	if err := conn.Bind(dn, r.FormValue("password")); err != nil { // vigil:expect VGL-GO-LDAP-001
		http.Error(w, "denied", http.StatusUnauthorized)
	}
}

func isMember(l *ldap.Conn, r *http.Request) bool {
	ok, _ := l.Compare("cn="+r.URL.Query().Get("group")+",ou=groups,dc=corp,dc=local", "member", "uid=svc") // vigil:expect VGL-GO-LDAP-001
	return ok
}

package main

import (
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

// login finds the user's entry with an escaped filter, then binds with the DN the directory returned.
func login(w http.ResponseWriter, r *http.Request) {
	conn, err := ldap.DialURL("ldaps://ldap.corp.example")
	if err != nil {
		http.Error(w, "directory unavailable", http.StatusBadGateway)
		return
	}
	defer conn.Close()
	filter := fmt.Sprintf("(&(objectClass=person)(uid=%s))", ldap.EscapeFilter(r.PostFormValue("user")))
	res, err := conn.Search(ldap.NewSearchRequest("ou=people,dc=corp,dc=example", ldap.ScopeWholeSubtree,
		ldap.NeverDerefAliases, 2, 5, false, filter, []string{"dn"}, nil))
	if err != nil || len(res.Entries) != 1 {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	if err := conn.Bind(res.Entries[0].DN, r.PostFormValue("password")); err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/login", login)
	http.ListenAndServe(":8080", nil)
}

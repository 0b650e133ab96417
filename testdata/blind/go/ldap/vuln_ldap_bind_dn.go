package main

import (
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

// login checks a password by binding as the user; the DN is built from the login name.
func login(w http.ResponseWriter, r *http.Request) {
	conn, err := ldap.DialURL("ldaps://ldap.corp.example")
	if err != nil {
		http.Error(w, "directory unavailable", http.StatusBadGateway)
		return
	}
	defer conn.Close()
	dn := "uid=" + r.PostFormValue("user") + ",ou=people,dc=corp,dc=example"
	if err := conn.Bind(dn, r.PostFormValue("password")); err != nil { // LABEL: CWE-90
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/login", login)
	http.ListenAndServe(":8080", nil)
}

package main

import (
	"fmt"
	"log"
	"net/http"
	"regexp"

	"github.com/go-ldap/ldap/v3"
)

var uidPattern = regexp.MustCompile(`^[a-z][a-z0-9._-]{1,31}$`)

func lookup(w http.ResponseWriter, r *http.Request) {
	uid := r.PathValue("uid")
	if !uidPattern.MatchString(uid) {
		http.Error(w, "bad uid", http.StatusBadRequest)
		return
	}
	conn, err := ldap.DialURL("ldaps://ldap.corp.example:636")
	if err != nil {
		http.Error(w, "directory down", http.StatusBadGateway)
		return
	}
	defer conn.Close()
	req := ldap.NewSearchRequest("ou=people,dc=corp,dc=example", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 5, false,
		fmt.Sprintf("(uid=%s)", uid), []string{"cn", "mail"}, nil)
	res, err := conn.Search(req)
	if err != nil || len(res.Entries) == 0 {
		http.NotFound(w, r)
		return
	}
	fmt.Fprintln(w, res.Entries[0].GetAttributeValue("mail"))
}

func main() {
	http.HandleFunc("GET /people/{uid}", lookup)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

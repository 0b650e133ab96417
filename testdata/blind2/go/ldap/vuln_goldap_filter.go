package main

import (
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

func member(w http.ResponseWriter, r *http.Request) {
	conn, err := ldap.DialURL("ldap://ldap.corp.internal:389")
	if err != nil {
		http.Error(w, "ldap", 502)
		return
	}
	defer conn.Close()
	group := r.URL.Query().Get("group")
	filter := fmt.Sprintf("(&(objectClass=groupOfNames)(cn=%s))", group)
	req := ldap.NewSearchRequest("dc=corp,dc=internal", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, filter, []string{"member"}, nil)
	res, err := conn.Search(req) // LABEL: CWE-90
	if err != nil {
		http.Error(w, "search", 500)
		return
	}
	fmt.Fprintln(w, len(res.Entries))
}

func main() {
	http.HandleFunc("/member", member)
	http.ListenAndServe(":8111", nil)
}

package main

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

func lookup(w http.ResponseWriter, r *http.Request) {
	conn, err := ldap.DialURL("ldaps://ldap.corp.example")
	if err != nil {
		http.Error(w, "directory unavailable", http.StatusBadGateway)
		return
	}
	defer conn.Close()
	filter := fmt.Sprintf("(&(objectClass=person)(uid=%s))", ldap.EscapeFilter(r.URL.Query().Get("uid")))
	req := ldap.NewSearchRequest("ou=people,dc=corp,dc=example", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,
		filter, []string{"cn", "mail"}, nil)
	res, err := conn.Search(req)
	if err != nil {
		http.Error(w, "search failed", http.StatusBadRequest)
		return
	}
	var names []string
	for _, e := range res.Entries {
		names = append(names, e.GetAttributeValue("cn"))
	}
	json.NewEncoder(w).Encode(names)
}

func main() {
	http.HandleFunc("/directory/lookup", lookup)
	http.ListenAndServe(":8080", nil)
}

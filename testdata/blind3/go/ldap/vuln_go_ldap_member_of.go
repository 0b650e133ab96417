package main

import (
	"fmt"
	"log"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

type Directory struct {
	URL  string
	Base string
}

func (d Directory) IsMember(user, group string) (bool, error) {
	conn, err := ldap.DialURL(d.URL)
	if err != nil {
		return false, err
	}
	defer conn.Close()
	filter := fmt.Sprintf("(&(uid=%s)(memberOf=cn=%s,ou=groups,%s))", user, group, d.Base)
	req := ldap.NewSearchRequest(d.Base, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 5, false, filter, []string{"dn"}, nil)
	res, err := conn.Search(req) // LABEL: CWE-90
	if err != nil {
		return false, err
	}
	return len(res.Entries) == 1, nil
}

func main() {
	dir := Directory{URL: "ldaps://ldap.corp.example:636", Base: "dc=corp,dc=example"}
	http.HandleFunc("GET /groups/{group}/members/{user}", func(w http.ResponseWriter, r *http.Request) {
		ok, err := dir.IsMember(r.PathValue("user"), r.PathValue("group"))
		if err != nil {
			http.Error(w, "directory error", http.StatusBadGateway)
			return
		}
		fmt.Fprintf(w, "%t", ok)
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}

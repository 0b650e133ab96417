package main

import (
	"net/http"
	"os"
	"regexp"

	"github.com/antchfx/xmlquery"
)

var (
	users     *xmlquery.Node
	validName = regexp.MustCompile(`^[a-z][a-z0-9_]{0,31}$`)
)

func userRole(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	if !validName.MatchString(name) {
		http.Error(w, "bad name", http.StatusBadRequest)
		return
	}
	node := xmlquery.FindOne(users, "//user[@name='"+name+"']")
	if node == nil {
		http.NotFound(w, r)
		return
	}
	w.Write([]byte(node.SelectAttr("role")))
}

func main() {
	f, err := os.Open("config/users.xml")
	if err != nil {
		panic(err)
	}
	users, _ = xmlquery.Parse(f)
	http.HandleFunc("/legacy/role", userRole)
	http.ListenAndServe(":8080", nil)
}

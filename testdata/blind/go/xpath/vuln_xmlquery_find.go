package main

import (
	"net/http"
	"os"

	"github.com/antchfx/xmlquery"
)

var users *xmlquery.Node

func legacyLogin(w http.ResponseWriter, r *http.Request) {
	name, password := r.FormValue("name"), r.FormValue("password")
	expr := "//user[@name='" + name + "' and @password='" + password + "']"
	node := xmlquery.FindOne(users, expr) // LABEL: CWE-643
	if node == nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	w.Write([]byte(node.SelectAttr("role")))
}

func main() {
	f, err := os.Open("config/users.xml")
	if err != nil {
		panic(err)
	}
	users, err = xmlquery.Parse(f)
	if err != nil {
		panic(err)
	}
	http.HandleFunc("/legacy/login", legacyLogin)
	http.ListenAndServe(":8080", nil)
}

package main

import (
	"net/http"
	"os"

	"github.com/antchfx/xmlquery"
)

func role(w http.ResponseWriter, r *http.Request) {
	f, _ := os.Open("accounts.xml")
	defer f.Close()
	doc, err := xmlquery.Parse(f)
	if err != nil {
		http.Error(w, "xml", 500)
		return
	}
	user := r.URL.Query().Get("user")
	node := xmlquery.FindOne(doc, "//account[name='"+user+"']/role") // LABEL: CWE-643
	if node == nil {
		http.NotFound(w, r)
		return
	}
	w.Write([]byte(node.InnerText()))
}

func main() {
	http.HandleFunc("/role", role)
	http.ListenAndServe(":8112", nil)
}

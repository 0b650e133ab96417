package main

import (
	"fmt"
	"net/http"
	"os"
	"strconv"

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
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil || n < 1 {
		http.Error(w, "bad index", 400)
		return
	}
	node := xmlquery.FindOne(doc, fmt.Sprintf("//account[%d]/role", n))
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

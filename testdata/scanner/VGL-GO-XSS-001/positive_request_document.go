package app

import (
	"fmt"
	"net/http"

	"github.com/antchfx/xmlquery"
)

// A document parsed from the request body holds request text: a query over
// it (even a constant one) yields that text.
func echoName(w http.ResponseWriter, r *http.Request) {
	doc, err := xmlquery.Parse(r.Body)
	if err != nil {
		http.Error(w, "bad xml", http.StatusBadRequest)
		return
	}
	node := xmlquery.FindOne(doc, "//name")
	fmt.Fprintf(w, "<p>Hello %s</p>", node.InnerText()) // vigil:expect VGL-GO-XSS-001
}

// The text used as a query is still the request's own text where it is
// written back itself.
func notFound(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if xmlquery.FindOne(usersDoc, "//user[@name='"+name+"']") == nil {
		fmt.Fprintf(w, "<p>No user %s</p>", name) // vigil:expect VGL-GO-XSS-001
		return
	}
	w.Write([]byte("<p>found</p>"))
}

var usersDoc *xmlquery.Node

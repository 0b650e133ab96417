package app

import (
	"fmt"
	"html"
	"net/http"
)

func helloHandler(w http.ResponseWriter, r *http.Request) {
	name := html.EscapeString(r.FormValue("name"))
	fmt.Fprintf(w, "<h1>Hello, %s</h1>", name)
}

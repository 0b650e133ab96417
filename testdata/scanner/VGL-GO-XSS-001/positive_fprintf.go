package app

import (
	"fmt"
	"net/http"
)

func helloHandler(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	fmt.Fprintf(w, "<h1>Hello, %s</h1>", name) // vigil:expect VGL-GO-XSS-001
}

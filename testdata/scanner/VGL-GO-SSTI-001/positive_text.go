package web

import (
	"net/http"
	"os"
	"text/template"
)

func greet(w http.ResponseWriter, r *http.Request) {
	tmpl := template.New("greet")
	tmpl, _ = tmpl.Parse("Hello " + r.URL.Query().Get("name")) // vigil:expect VGL-GO-SSTI-001
	tmpl.Execute(os.Stdout, r)
}

package web

import (
	ht "html/template"
	"net/http"
)

const greeting = `<p>Hello {{.}}</p>`

// The template package under another import name; the template text is
// a constant and the request value is only data.
func Greet(w http.ResponseWriter, r *http.Request) {
	t, err := ht.New("greet").Parse(greeting)
	if err != nil {
		http.Error(w, "template", http.StatusInternalServerError)
		return
	}
	t.Execute(w, r.FormValue("name"))
}

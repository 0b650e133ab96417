package web

import (
	"html/template"
	"net/http"
)

func preview(w http.ResponseWriter, r *http.Request) {
	body := r.FormValue("template")
	t, err := template.New("preview").Parse(body) // vigil:expect VGL-GO-SSTI-001
	if err != nil {
		return
	}
	t.Execute(w, nil)
}

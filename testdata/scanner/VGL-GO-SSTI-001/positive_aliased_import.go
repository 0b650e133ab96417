package web

import (
	"io"
	"net/http"
	tt "text/template"
)

// The template package under another import name; the template text is
// the request body.
func RenderBody(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	t, err := tt.New("body").Parse(string(body)) // vigil:expect VGL-GO-SSTI-001
	if err != nil {
		http.Error(w, "bad template", http.StatusBadRequest)
		return
	}
	t.Execute(w, map[string]string{"user": "guest"})
}

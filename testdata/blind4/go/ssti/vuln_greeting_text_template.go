package greetings

import (
	"net/http"
	"text/template"
)

type Recipient struct {
	Name    string
	Company string
}

// Render lets marketing try a greeting line against a sample recipient.
func Render(w http.ResponseWriter, r *http.Request) {
	line := r.FormValue("line")
	if line == "" {
		line = "Hello {{.Name}},"
	}
	t, err := template.New("greeting").Parse(line) // LABEL: CWE-1336
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	t.Execute(w, Recipient{Name: "Ada", Company: "Example Ltd"})
}

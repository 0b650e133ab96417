package main

import (
	"encoding/json"
	"log"
	"net/http"
	"strings"
	"text/template"
)

type previewRequest struct {
	Template string `json:"template"`
	Customer string `json:"customer"`
}

func preview(w http.ResponseWriter, r *http.Request) {
	var req previewRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	tmpl, err := template.New("sms").Funcs(template.FuncMap{"upper": strings.ToUpper}).Parse(req.Template) // LABEL: CWE-1336
	if err != nil {
		http.Error(w, "template error", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	tmpl.Execute(w, map[string]any{"Customer": req.Customer, "Env": r})
}

func main() {
	http.HandleFunc("POST /sms/preview", preview)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

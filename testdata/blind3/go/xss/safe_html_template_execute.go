package main

import (
	"html/template"
	"net/http"
)

var statusTmpl = template.Must(template.New("status").Parse(
	`<html><body><h1>Order {{.OrderID}}</h1><p>{{.Note}}</p></body></html>`))

type StatusPage struct {
	OrderID string
	Note    string
}

func orderStatus(w http.ResponseWriter, r *http.Request) {
	data := StatusPage{OrderID: r.PathValue("id"), Note: r.URL.Query().Get("note")}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	statusTmpl.Execute(w, data)
}

func main() {
	http.HandleFunc("GET /orders/{id}/status", orderStatus)
	http.ListenAndServe(":8080", nil)
}

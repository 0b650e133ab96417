package main

import (
	"io"
	"text/template"
)

type StatusPage struct {
	OrderID string
	Note    string
}

type PageRenderer struct {
	status *template.Template
}

func NewPageRenderer() *PageRenderer {
	t := template.Must(template.New("status").Parse(
		`<html><body><h1>Order {{.OrderID}}</h1><p>{{.Note}}</p></body></html>`))
	return &PageRenderer{status: t}
}

func (p *PageRenderer) Status(w io.Writer, data StatusPage) error {
	return p.status.Execute(w, data) // LABEL: CWE-79
}

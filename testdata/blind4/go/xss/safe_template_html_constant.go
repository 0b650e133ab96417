package forum

import (
	"html/template"
	"net/http"
)

var previewTmpl = template.Must(template.ParseFiles("templates/preview.html"))

const maintenanceBanner = `<div class="banner">Posting is <strong>read-only</strong> tonight from 22:00 UTC.</div>`

type Preview struct {
	Author string
	Body   string
	Banner template.HTML
}

// CommentPreview shows the comment the way it will look once posted.
func CommentPreview(w http.ResponseWriter, r *http.Request) {
	p := Preview{Author: r.FormValue("author"), Body: r.FormValue("body")}
	p.Banner = template.HTML(maintenanceBanner)
	previewTmpl.Execute(w, p)
}

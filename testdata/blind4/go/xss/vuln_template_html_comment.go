package forum

import (
	"html/template"
	"net/http"
)

var previewTmpl = template.Must(template.ParseFiles("templates/preview.html"))

type Preview struct {
	Author string
	Body   template.HTML
}

// CommentPreview shows the comment the way it will look once posted.
func CommentPreview(w http.ResponseWriter, r *http.Request) {
	p := Preview{Author: r.FormValue("author")}
	p.Body = template.HTML(r.FormValue("body")) // LABEL: CWE-79
	previewTmpl.Execute(w, p)
}

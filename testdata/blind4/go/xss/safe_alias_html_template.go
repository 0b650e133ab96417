package status

import (
	tpl "html/template"
	"net/http"
)

var incidentPage = tpl.Must(tpl.New("incident").Parse(`<html><body>
<h1>Incident {{.ID}}</h1>
<p>Reported by {{.Reporter}}</p>
</body></html>`))

type incidentView struct {
	ID       string
	Reporter string
}

func Incident(w http.ResponseWriter, r *http.Request) {
	view := incidentView{ID: r.PathValue("id"), Reporter: r.Header.Get("X-Forwarded-User")}
	if view.Reporter == "" {
		view.Reporter = "on-call"
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	incidentPage.Execute(w, view)
}

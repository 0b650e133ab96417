package widgets

import (
	"html/template"
	"net/http"
)

var embed = template.Must(template.New("embed").Parse(`<!doctype html>
<div id="chart"></div>
<script src="/static/chart.js"></script>
<script>renderChart("chart", {{.OnReady}});</script>`))

type embedData struct {
	OnReady template.JS
}

// Embed returns the chart widget for partners that iframe it.
func Embed(w http.ResponseWriter, r *http.Request) {
	cb := r.URL.Query().Get("onready")
	if cb == "" {
		cb = "function(){}"
	}
	data := embedData{OnReady: template.JS(cb)} // LABEL: CWE-79
	embed.Execute(w, data)
}

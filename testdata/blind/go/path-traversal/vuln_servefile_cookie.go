package main

import (
	"net/http"
	"path"
)

const themeRoot = "/srv/themes"

func themeCSS(w http.ResponseWriter, r *http.Request) {
	theme := "light"
	if c, err := r.Cookie("theme"); err == nil {
		theme = c.Value
	}
	http.ServeFile(w, r, path.Join(themeRoot, theme+".css")) // LABEL: CWE-22
}

func main() {
	http.HandleFunc("/theme.css", themeCSS)
	http.ListenAndServe(":8080", nil)
}

package main

import (
	"net/http"
	"net/url"
	"strings"
)

// localTarget keeps only same-site paths: "/x" but not "//host", "/\host",
// absolute URLs, or anything with control characters (url.Parse refuses them).
func localTarget(next string) string {
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" ||
		!strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.Contains(next, "\\") {
		return "/"
	}
	return next
}

func login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, localTarget(r.URL.Query().Get("next")), http.StatusFound)
}

func main() {
	http.HandleFunc("/login", login)
	http.ListenAndServe(":8080", nil)
}

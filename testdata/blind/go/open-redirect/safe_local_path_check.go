package main

import (
	"net/http"
	"strings"
)

// localTarget keeps only same-site paths: "/x" but not "//host" or "/\host".
func localTarget(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.ContainsAny(next, "\\\r\n") {
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

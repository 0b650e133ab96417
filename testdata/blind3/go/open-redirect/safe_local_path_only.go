package main

import (
	"log"
	"net/http"
	"net/url"
	"strings"
)

func localTarget(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil {
		return "/home"
	}
	if !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") || strings.Contains(raw, "\\") {
		return "/home"
	}
	return u.RequestURI()
}

func afterLogin(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, localTarget(r.URL.Query().Get("next")), http.StatusSeeOther)
}

func main() {
	http.HandleFunc("/after-login", afterLogin)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

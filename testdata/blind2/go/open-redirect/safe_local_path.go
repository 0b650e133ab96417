package main

import (
	"net/http"
	"net/url"
)

func logout(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	u, err := url.Parse(next)
	if err != nil || u.IsAbs() || u.Host != "" || len(next) == 0 || next[0] != '/' || (len(next) > 1 && next[1] == '/') {
		next = "/"
	}
	http.Redirect(w, r, next, http.StatusFound)
}

func main() {
	http.HandleFunc("/logout", logout)
	http.ListenAndServe(":8101", nil)
}

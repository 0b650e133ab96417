package main

import "net/http"

func logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "", MaxAge: -1, Path: "/", Secure: true, HttpOnly: true})
	next := r.URL.Query().Get("next")
	if next == "" {
		next = "/"
	}
	http.Redirect(w, r, next, http.StatusFound) // LABEL: CWE-601
}

func main() {
	http.HandleFunc("/logout", logout)
	http.ListenAndServe(":8101", nil)
}

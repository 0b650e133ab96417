package main

import "net/http"

func setLang(w http.ResponseWriter, r *http.Request) {
	lang := "en"
	if r.URL.Query().Get("lang") == "de" {
		lang = "de"
	}
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: lang, Path: "/", Secure: true, SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func main() {
	http.HandleFunc("/lang", setLang)
	http.ListenAndServe(":8109", nil)
}

package web

import "net/http"

type Config struct{ SecureCookies bool }

func login(w http.ResponseWriter, cfg Config, sid string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, HttpOnly: true, Secure: true})
	http.SetCookie(w, &http.Cookie{Name: "prefs", Value: "dark", Secure: cfg.SecureCookies, HttpOnly: true})
	http.SetCookie(w, &http.Cookie{Name: "old", Value: "", MaxAge: -1})
}

package web

import "net/http"

func baseCookie(v string) *http.Cookie {
	return &http.Cookie{Name: "auth", Value: v, Path: "/"}
}

func login(w http.ResponseWriter, v string) {
	c := baseCookie(v)
	c.Secure = true
	c.HttpOnly = true
	http.SetCookie(w, c)
}

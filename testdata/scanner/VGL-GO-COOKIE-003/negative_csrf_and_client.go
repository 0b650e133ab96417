package web

import (
	"net/http"
	"net/http/cookiejar"
)

// CSRF sends the token a front end reads and echoes back in a header.
func CSRF(w http.ResponseWriter, token string) {
	c := &http.Cookie{Name: "XSRF-TOKEN", Value: token, Secure: true}
	c.HttpOnly = false
	http.SetCookie(w, c)
}

// Client keeps cookies of the server it talks to.
func Client(req *http.Request) {
	jar, _ := cookiejar.New(nil)
	c := &http.Cookie{Name: "sid", Value: "v"}
	c.Secure = false
	req.AddCookie(c)
	_ = jar
}

type settings struct{ Secure bool }

func devSettings() settings {
	s := settings{}
	s.Secure = false
	return s
}

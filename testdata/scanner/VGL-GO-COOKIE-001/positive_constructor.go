package web

import "net/http"

// the cookie is built here and set by the caller
func authCookie(v string) *http.Cookie {
	return &http.Cookie{Name: "auth", Value: v, Path: "/", Secure: true} // vigil:expect VGL-GO-COOKIE-001
}

func login(w http.ResponseWriter, v string) {
	http.SetCookie(w, authCookie(v))
}

package web

import "net/http"

func authCookie(token string) *http.Cookie {
	c := &http.Cookie{Name: "auth", Value: token, Path: "/"}
	c.HttpOnly = true
	c.Secure = false // vigil:expect VGL-GO-COOKIE-003
	return c
}

// SignIn sends the auth cookie.
func SignIn(w http.ResponseWriter, token string) {
	http.SetCookie(w, authCookie(token))
}

package web

import "net/http"

func remember(w http.ResponseWriter, token string) {
	c := &http.Cookie{
		Name:     "remember",
		Value:    token,
		HttpOnly: true,
		Secure:   false,
	}
	http.SetCookie(w, c) // vigil:expect VGL-GO-COOKIE-001
}

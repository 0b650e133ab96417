package web

import "net/http"

func remember(w http.ResponseWriter, token string) {
	c := &http.Cookie{ // vigil:expect VGL-GO-COOKIE-001
		Name:     "remember",
		Value:    token,
		HttpOnly: true,
		Secure:   false,
	}
	http.SetCookie(w, c)
}

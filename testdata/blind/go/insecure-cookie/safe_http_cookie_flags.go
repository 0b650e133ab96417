package main

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
)

func login(w http.ResponseWriter, r *http.Request) {
	buf := make([]byte, 32)
	rand.Read(buf)
	http.SetCookie(w, &http.Cookie{
		Name:     "session",
		Value:    hex.EncodeToString(buf),
		Path:     "/",
		MaxAge:   12 * 3600,
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/login", login)
	http.ListenAndServe(":8080", nil)
}

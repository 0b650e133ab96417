package main

import (
	"crypto/rand"
	"encoding/hex"
	"log"
	"net/http"
	"time"
)

func newSessionID() string {
	b := make([]byte, 32)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func startSession(w http.ResponseWriter, r *http.Request) {
	cookie := &http.Cookie{
		Name:     "sid",
		Value:    newSessionID(),
		Path:     "/",
		Expires:  time.Now().Add(12 * time.Hour),
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	}
	http.SetCookie(w, cookie)
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("POST /session", startSession)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

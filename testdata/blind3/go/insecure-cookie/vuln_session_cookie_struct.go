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
	sid := newSessionID()
	cookie := &http.Cookie{Name: "sid", Value: sid, Path: "/", Expires: time.Now().Add(12 * time.Hour), SameSite: http.SameSiteLaxMode}
	http.SetCookie(w, cookie) // LABEL: CWE-614, CWE-1004
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("POST /session", startSession)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

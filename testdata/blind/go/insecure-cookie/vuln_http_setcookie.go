package main

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"time"
)

type sessionStore interface {
	Create(id, user string) error
}

var sessions sessionStore

func login(w http.ResponseWriter, r *http.Request) {
	buf := make([]byte, 32)
	rand.Read(buf)
	sid := hex.EncodeToString(buf)
	if err := sessions.Create(sid, r.FormValue("user")); err != nil {
		http.Error(w, "login failed", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{ // LABEL: CWE-614, CWE-1004
		Name:    "session",
		Value:   sid,
		Path:    "/",
		Expires: time.Now().Add(12 * time.Hour),
	})
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/login", login)
	http.ListenAndServe(":8080", nil)
}

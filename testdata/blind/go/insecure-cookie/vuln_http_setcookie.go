package main

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"time"
)

type sessionStore interface {
	Authenticate(email, password string) (userID int64, err error)
	Create(id string, userID int64) error
}

var sessions sessionStore

func login(w http.ResponseWriter, r *http.Request) {
	userID, err := sessions.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	buf := make([]byte, 32)
	rand.Read(buf)
	sid := hex.EncodeToString(buf)
	if err := sessions.Create(sid, userID); err != nil {
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

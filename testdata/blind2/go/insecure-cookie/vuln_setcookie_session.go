package main

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
)

func login(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 24)
	rand.Read(b)
	http.SetCookie(w, &http.Cookie{Name: "session", Value: hex.EncodeToString(b), Path: "/", MaxAge: 3600}) // LABEL: CWE-614, CWE-1004
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/login", login)
	http.ListenAndServe(":8107", nil)
}

package main

import (
	"log"
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

type authHandler struct {
	hashes map[string][]byte
}

func (h authHandler) login(w http.ResponseWriter, r *http.Request) {
	hash, ok := h.hashes[r.PostFormValue("user")]
	if !ok || bcrypt.CompareHashAndPassword(hash, []byte(r.PostFormValue("password"))) != nil {
		http.Redirect(w, r, "/login?failed=1", http.StatusSeeOther)
		return
	}
	next := r.URL.Query().Get("next")
	if next == "" {
		next = "/home"
	}
	http.Redirect(w, r, next, http.StatusSeeOther) // LABEL: CWE-601
}

func main() {
	h := authHandler{hashes: loadHashes()}
	http.HandleFunc("POST /login", h.login)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

func loadHashes() map[string][]byte {
	return map[string][]byte{}
}

package main

import (
	"database/sql"
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

var db *sql.DB

func signup(w http.ResponseWriter, r *http.Request) {
	hash, err := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), 12)
	if err != nil {
		http.Error(w, "bad password", http.StatusBadRequest)
		return
	}
	if _, err := db.Exec("INSERT INTO users (email, password_hash) VALUES ($1, $2)", r.FormValue("email"), string(hash)); err != nil {
		http.Error(w, "signup failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func main() {
	http.HandleFunc("/signup", signup)
	http.ListenAndServe(":8080", nil)
}

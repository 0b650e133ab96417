package main

import (
	"database/sql"
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

var db *sql.DB

func signup(w http.ResponseWriter, r *http.Request) {
	hash, err := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), bcrypt.DefaultCost)
	if err != nil {
		http.Error(w, "hash", 500)
		return
	}
	db.Exec("INSERT INTO accounts (email, pw_hash) VALUES ($1, $2)", r.FormValue("email"), string(hash))
	w.WriteHeader(http.StatusCreated)
}

func main() {
	http.HandleFunc("/signup", signup)
	http.ListenAndServe(":8104", nil)
}

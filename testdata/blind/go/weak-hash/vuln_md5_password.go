package main

import (
	"crypto/md5"
	"database/sql"
	"encoding/hex"
	"net/http"
)

var db *sql.DB

func signup(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	password := r.FormValue("password")
	sum := md5.Sum([]byte(password)) // LABEL: CWE-328, CWE-916
	if _, err := db.Exec("INSERT INTO users (email, password_hash) VALUES ($1, $2)", email, hex.EncodeToString(sum[:])); err != nil {
		http.Error(w, "signup failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func main() {
	http.HandleFunc("/signup", signup)
	http.ListenAndServe(":8080", nil)
}

package main

import (
	"crypto/md5"
	"database/sql"
	"encoding/hex"
	"net/http"
)

var db *sql.DB

func signup(w http.ResponseWriter, r *http.Request) {
	sum := md5.Sum([]byte(r.FormValue("password"))) // LABEL: CWE-328, CWE-916
	_, err := db.Exec("INSERT INTO accounts (email, pw_hash) VALUES ($1, $2)", r.FormValue("email"), hex.EncodeToString(sum[:]))
	if err != nil {
		http.Error(w, "db", 500)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func main() {
	http.HandleFunc("/signup", signup)
	http.ListenAndServe(":8104", nil)
}

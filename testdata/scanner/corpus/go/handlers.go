package handlers

import (
	"crypto/md5"
	"database/sql"
	"fmt"
	"net/http"
	"os/exec"
)

func Search(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query().Get("q")
		rows, err := db.Query("SELECT id FROM items WHERE name = '" + q + "'") // LABEL: CWE-89
		if err != nil {
			http.Error(w, "error", 500)
			return
		}
		defer rows.Close()
	}
}

func Ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	out, _ := exec.Command("sh", "-c", "ping -c 1 "+host).Output() // LABEL: CWE-78
	fmt.Fprint(w, string(out))
}

func Sum(data []byte) [16]byte {
	return md5.Sum(data) // LABEL: CWE-328
}

func Get(db *sql.DB, id string) error {
	_, err := db.Query("SELECT name FROM users WHERE id = $1", id)
	return err
}

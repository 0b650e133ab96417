package main

import (
	"database/sql"
	"net/http"
	"strings"
)

var db *sql.DB

func search(w http.ResponseWriter, r *http.Request) {
	var sb strings.Builder
	sb.WriteString("SELECT id FROM assets WHERE 1=1")
	for key, vals := range r.URL.Query() {
		sb.WriteString(" AND " + key + " = '" + vals[0] + "'")
	}
	rows, err := db.Query(sb.String()) // LABEL: CWE-89
	if err != nil {
		w.WriteHeader(500)
		return
	}
	rows.Close()
	w.WriteHeader(204)
}

func main() {
	http.HandleFunc("/assets", search)
	http.ListenAndServe(":8082", nil)
}

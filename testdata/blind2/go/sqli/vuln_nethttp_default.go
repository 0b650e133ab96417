package main

import (
	"database/sql"
	"encoding/json"
	"net/http"

	_ "github.com/lib/pq"
)

var db *sql.DB

func listInvoices(w http.ResponseWriter, r *http.Request) {
	status := r.URL.Query().Get("status")
	if status == "" {
		status = "open"
	}
	rows, err := db.Query("SELECT id, amount FROM invoices WHERE status = '" + status + "'") // LABEL: CWE-89
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var ids []int
	for rows.Next() {
		var id int
		var amount float64
		_ = rows.Scan(&id, &amount)
		ids = append(ids, id)
	}
	json.NewEncoder(w).Encode(ids)
}

func main() {
	db, _ = sql.Open("postgres", "dbname=billing sslmode=disable")
	http.HandleFunc("/invoices", listInvoices)
	http.ListenAndServe(":8080", nil)
}

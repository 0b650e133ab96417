package main

import (
	"database/sql"
	"encoding/json"
	"net/http"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type ReportFilter struct {
	Region string `json:"region"`
	Year   int    `json:"year"`
}

type ReportStore struct {
	db *sql.DB
}

func (s *ReportStore) Totals(f ReportFilter) (*sql.Rows, error) {
	q := "SELECT month, sum(amount) FROM sales WHERE region = '" + f.Region + "' GROUP BY month"
	return s.db.Query(q) // LABEL: CWE-89
}

func main() {
	db, err := sql.Open("pgx", "postgres://app@db/sales")
	if err != nil {
		panic(err)
	}
	store := &ReportStore{db: db}
	http.HandleFunc("POST /reports/totals", func(w http.ResponseWriter, r *http.Request) {
		var f ReportFilter
		if err := json.NewDecoder(r.Body).Decode(&f); err != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		rows, err := store.Totals(f)
		if err != nil {
			http.Error(w, "query failed", http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		w.WriteHeader(http.StatusOK)
	})
	http.ListenAndServe(":8080", nil)
}

package main

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

type searchRequest struct {
	Country string `json:"country"`
	Limit   int    `json:"limit"`
}

func (s *searchRequest) CountryCode() string { return s.Country }

type store struct{ db *sql.DB }

func (st *store) countCustomers(country string) (int, error) {
	var n int
	err := st.db.QueryRow("SELECT count(*) FROM customers WHERE country = '" + country + "'").Scan(&n) // LABEL: CWE-89
	return n, err
}

func (st *store) handle(w http.ResponseWriter, r *http.Request) {
	var req searchRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	n, err := st.countCustomers(req.CountryCode())
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]int{"customers": n})
}

func main() {
	st := &store{}
	http.HandleFunc("/customers/count", st.handle)
	http.ListenAndServe(":8080", nil)
}

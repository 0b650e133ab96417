package main

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"sort"
	"strings"
)

var db *sql.DB

// ticketsHandler turns every query parameter into an equality filter.
func ticketsHandler(w http.ResponseWriter, r *http.Request) {
	params := r.URL.Query()
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	sb.WriteString("SELECT id, title FROM tickets WHERE 1=1")
	for _, k := range keys {
		sb.WriteString(" AND " + k + " = '" + params.Get(k) + "'")
	}
	rows, err := db.Query(sb.String()) // LABEL: CWE-89
	if err != nil {
		http.Error(w, "bad filter", http.StatusBadRequest)
		return
	}
	defer rows.Close()
	var titles []string
	for rows.Next() {
		var id int
		var title string
		rows.Scan(&id, &title)
		titles = append(titles, title)
	}
	json.NewEncoder(w).Encode(titles)
}

func main() {
	http.HandleFunc("/tickets", ticketsHandler)
	http.ListenAndServe(":8080", nil)
}

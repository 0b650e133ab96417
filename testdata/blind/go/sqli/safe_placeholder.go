package main

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

func searchHandler(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		term := r.URL.Query().Get("q")
		rows, err := db.QueryContext(r.Context(),
			"SELECT id, name FROM products WHERE name ILIKE '%' || $1 || '%'", term)
		if err != nil {
			http.Error(w, "query failed", http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		names := []string{}
		for rows.Next() {
			var id int64
			var name string
			if rows.Scan(&id, &name) == nil {
				names = append(names, name)
			}
		}
		json.NewEncoder(w).Encode(names)
	}
}

func main() {
	db, _ := sql.Open("postgres", "")
	http.Handle("/products/search", searchHandler(db))
	http.ListenAndServe(":8080", nil)
}

package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"

	_ "github.com/lib/pq"
)

type product struct {
	ID    int64   `json:"id"`
	Name  string  `json:"name"`
	Price float64 `json:"price"`
}

func searchHandler(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		term := r.URL.Query().Get("q")
		query := fmt.Sprintf("SELECT id, name, price FROM products WHERE name ILIKE '%%%s%%'", term)
		rows, err := db.QueryContext(r.Context(), query) // LABEL: CWE-89
		if err != nil {
			http.Error(w, "query failed", http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		var out []product
		for rows.Next() {
			var p product
			if err := rows.Scan(&p.ID, &p.Name, &p.Price); err == nil {
				out = append(out, p)
			}
		}
		json.NewEncoder(w).Encode(out)
	}
}

func main() {
	db, err := sql.Open("postgres", "")
	if err != nil {
		log.Fatal(err)
	}
	http.Handle("/products/search", searchHandler(db))
	log.Fatal(http.ListenAndServe(":8080", nil))
}

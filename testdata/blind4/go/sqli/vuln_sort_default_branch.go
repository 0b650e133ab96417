package catalog

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

type Product struct {
	SKU   string `json:"sku"`
	Name  string `json:"name"`
	Price int    `json:"price"`
}

func ListProducts(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sort := r.URL.Query().Get("sort")
		if sort == "" {
			sort = "name"
		}
		query := "SELECT sku, name, price FROM products WHERE active = true ORDER BY " + sort
		rows, err := db.Query(query) // LABEL: CWE-89
		if err != nil {
			http.Error(w, "query failed", http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		products := []Product{}
		for rows.Next() {
			var p Product
			rows.Scan(&p.SKU, &p.Name, &p.Price)
			products = append(products, p)
		}
		json.NewEncoder(w).Encode(products)
	}
}

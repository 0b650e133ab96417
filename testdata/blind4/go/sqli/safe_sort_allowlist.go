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

var sortColumns = map[string]string{
	"name":       "name",
	"price":      "price",
	"price_desc": "price DESC",
	"newest":     "created_at DESC",
}

func ListProducts(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sort, ok := sortColumns[r.URL.Query().Get("sort")]
		if !ok {
			sort = sortColumns["name"]
		}
		query := "SELECT sku, name, price FROM products WHERE active = true ORDER BY " + sort
		rows, err := db.Query(query)
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

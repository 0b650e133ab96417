package orders

import (
	"database/sql"
	"net/http"
)

// Handler lists a customer's orders.
func Handler(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		customer := r.URL.Query().Get("customer")
		if err := listOrders(db, customer); err != nil {
			http.Error(w, "failed", http.StatusInternalServerError)
		}
	}
}

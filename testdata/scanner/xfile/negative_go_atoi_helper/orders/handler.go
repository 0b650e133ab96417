package orders

import (
	"database/sql"
	"net/http"
)

// Handler deletes an order.
func Handler(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_ = deleteOrder(db, r.FormValue("id"))
	}
}

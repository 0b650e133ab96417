package orders

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"time"
)

func archiveTable(year int) string {
	if year < time.Now().Year()-1 {
		return "orders_archive"
	}
	return "orders"
}

func Find(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		number := r.PathValue("number")
		year := time.Now().Year()
		query := "SELECT id, number, total_cents FROM " + archiveTable(year) + " WHERE number = $1"
		var id, total int64
		if err := db.QueryRowContext(r.Context(), query, number).Scan(&id, &number, &total); err != nil {
			http.NotFound(w, r)
			return
		}
		json.NewEncoder(w).Encode(map[string]any{"id": id, "number": number, "total_cents": total})
	}
}

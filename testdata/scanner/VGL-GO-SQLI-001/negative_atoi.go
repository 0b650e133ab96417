package app

import (
	"database/sql"
	"fmt"
	"net/http"
	"strconv"
)

func pageHandler(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		n, err := strconv.Atoi(r.FormValue("limit"))
		if err != nil {
			http.Error(w, "bad limit", http.StatusBadRequest)
			return
		}
		rows, _ := db.Query(fmt.Sprintf("SELECT id FROM items LIMIT %d", n))
		defer rows.Close()
	}
}

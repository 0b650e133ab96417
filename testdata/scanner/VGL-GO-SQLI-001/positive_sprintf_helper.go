package app

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
)

func deleteOrder(ctx context.Context, db *sql.DB, id string) error {
	q := fmt.Sprintf("DELETE FROM orders WHERE id = %s", id)
	_, err := db.ExecContext(ctx, q) // vigil:expect VGL-GO-SQLI-001
	return err
}

func DeleteHandler(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := deleteOrder(r.Context(), db, r.FormValue("id")); err != nil {
			http.Error(w, "failed", http.StatusInternalServerError)
		}
	}
}

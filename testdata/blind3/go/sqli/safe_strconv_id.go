package main

import (
	"database/sql"
	"fmt"
	"net/http"
	"strconv"

	_ "github.com/jackc/pgx/v5/stdlib"
)

var db *sql.DB

func deleteDraft(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	stmt := fmt.Sprintf("DELETE FROM drafts WHERE id = %d", id)
	if _, err := db.ExecContext(r.Context(), stmt); err != nil {
		http.Error(w, "delete failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	db, _ = sql.Open("pgx", "postgres://app@db/cms")
	http.HandleFunc("DELETE /drafts/{id}", deleteDraft)
	http.ListenAndServe(":8080", nil)
}

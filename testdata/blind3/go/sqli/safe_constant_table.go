package main

import (
	"database/sql"
	"encoding/json"
	"net/http"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type auditLog struct {
	db      *sql.DB
	archive bool
}

func (a *auditLog) table() string {
	if a.archive {
		return "audit_events_archive"
	}
	return "audit_events"
}

func (a *auditLog) ForActor(r *http.Request, actor string) (*sql.Rows, error) {
	return a.db.QueryContext(r.Context(), "SELECT id, action, at FROM "+a.table()+" WHERE actor = $1", actor)
}

func main() {
	db, _ := sql.Open("pgx", "postgres://app@db/audit")
	log := &auditLog{db: db}
	http.HandleFunc("GET /audit", func(w http.ResponseWriter, r *http.Request) {
		rows, err := log.ForActor(r, r.URL.Query().Get("actor"))
		if err != nil {
			http.Error(w, "query failed", http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		json.NewEncoder(w).Encode(map[string]bool{"ok": true})
	})
	http.ListenAndServe(":8080", nil)
}

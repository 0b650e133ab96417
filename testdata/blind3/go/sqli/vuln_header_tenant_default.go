package main

import (
	"database/sql"
	"encoding/json"
	"net/http"

	_ "github.com/jackc/pgx/v5/stdlib"
)

var db *sql.DB

func listProjects(w http.ResponseWriter, r *http.Request) {
	tenant := r.Header.Get("X-Tenant")
	if tenant == "" {
		tenant = "public"
	}
	rows, err := db.QueryContext(r.Context(), "SELECT id, name FROM "+tenant+".projects ORDER BY name") // LABEL: CWE-89
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var id int
		var name string
		if rows.Scan(&id, &name) == nil {
			names = append(names, name)
		}
	}
	json.NewEncoder(w).Encode(names)
}

func main() {
	db, _ = sql.Open("pgx", "postgres://app@db/projects")
	http.HandleFunc("/projects", listProjects)
	http.ListenAndServe(":8080", nil)
}

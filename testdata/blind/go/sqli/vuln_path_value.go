package main

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

type api struct{ db *sql.DB }

func (a *api) project(w http.ResponseWriter, r *http.Request) {
	key := r.PathValue("key")
	var name, owner string
	err := a.db.QueryRowContext(r.Context(), "SELECT name, owner FROM projects WHERE key = '"+key+"'").Scan(&name, &owner) // LABEL: CWE-89
	if err != nil {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"name": name, "owner": owner})
}

func main() {
	a := &api{}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /projects/{key}", a.project)
	http.ListenAndServe(":8080", mux)
}

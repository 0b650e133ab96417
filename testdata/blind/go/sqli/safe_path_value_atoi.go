package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
)

type api struct{ db *sql.DB }

func (a *api) project(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var name string
	q := fmt.Sprintf("SELECT name FROM projects WHERE id = %d", id)
	if err := a.db.QueryRowContext(r.Context(), q).Scan(&name); err != nil {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"name": name})
}

func main() {
	a := &api{}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /projects/{id}", a.project)
	http.ListenAndServe(":8080", mux)
}

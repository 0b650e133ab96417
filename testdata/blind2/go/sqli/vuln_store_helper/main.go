package main

import (
	"database/sql"
	"net/http"
)

func main() {
	db, _ := sql.Open("postgres", "dbname=notes")
	store := &NoteStore{db: db}
	http.HandleFunc("DELETE /notes/{id}", func(w http.ResponseWriter, r *http.Request) {
		if err := store.Delete(r.PathValue("id")); err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	http.ListenAndServe(":8083", nil)
}

package main

import (
	"database/sql"
	"fmt"
	"net/http"
	"strconv"
)

var db *sql.DB

func deleteNote(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if _, err := db.Exec(fmt.Sprintf("DELETE FROM notes WHERE id = %d", id)); err != nil {
		http.Error(w, "db", 500)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("DELETE /notes/{id}", deleteNote)
	http.ListenAndServe(":8083", nil)
}

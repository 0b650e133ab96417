package main

import (
	"database/sql"
	"net/http"
)

// queryMode is fixed at build time; the legacy string-built query is never used.
const queryMode = "prepared"

var db *sql.DB

func deleteDraft(w http.ResponseWriter, r *http.Request) {
	title := r.FormValue("title")
	var err error
	switch queryMode {
	case "legacy":
		_, err = db.Exec("DELETE FROM drafts WHERE title = '" + title + "'")
	default:
		_, err = db.Exec("DELETE FROM drafts WHERE title = $1", title)
	}
	if err != nil {
		http.Error(w, "delete failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/drafts/delete", deleteDraft)
	http.ListenAndServe(":8080", nil)
}

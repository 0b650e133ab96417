package notes

import (
	"database/sql"
	"net/http"
	"strings"
)

type NoteAPI struct {
	DB *sql.DB
}

// Archive moves the selected notes out of the inbox.
func (a NoteAPI) Archive(w http.ResponseWriter, r *http.Request) {
	ids := r.URL.Query()["id"]
	if len(ids) == 0 {
		http.Error(w, "nothing selected", http.StatusBadRequest)
		return
	}
	quoted := make([]string, 0, len(ids))
	for _, id := range ids {
		quoted = append(quoted, "'"+id+"'")
	}
	stmt := "UPDATE notes SET archived = true WHERE id IN (" + strings.Join(quoted, ",") + ")"
	if _, err := a.DB.ExecContext(r.Context(), stmt); err != nil { // LABEL: CWE-89
		http.Error(w, "archive failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

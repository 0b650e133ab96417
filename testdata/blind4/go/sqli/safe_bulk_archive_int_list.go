package notes

import (
	"database/sql"
	"net/http"
	"strconv"
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
	nums := make([]string, 0, len(ids))
	for _, id := range ids {
		n, err := strconv.ParseInt(id, 10, 64)
		if err != nil {
			http.Error(w, "bad id", http.StatusBadRequest)
			return
		}
		nums = append(nums, strconv.FormatInt(n, 10))
	}
	stmt := "UPDATE notes SET archived = true WHERE id IN (" + strings.Join(nums, ",") + ")"
	if _, err := a.DB.ExecContext(r.Context(), stmt); err != nil {
		http.Error(w, "archive failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

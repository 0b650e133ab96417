package people

import (
	"database/sql"
	"fmt"
	"net/http"
	"strings"
)

type Directory struct {
	DB *sql.DB
}

func (d *Directory) Search(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	clauses := []string{"deleted_at IS NULL"}
	if name := r.Form.Get("name"); name != "" {
		clauses = append(clauses, fmt.Sprintf("full_name ILIKE '%%%s%%'", name))
	}
	for _, dept := range r.Form["dept"] {
		clauses = append(clauses, "department = '"+dept+"'")
	}
	stmt := "SELECT id, full_name FROM employees WHERE " + strings.Join(clauses, " AND ")
	rows, err := d.DB.QueryContext(r.Context(), stmt) // LABEL: CWE-89
	if err != nil {
		http.Error(w, "search failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeEmployees(w, rows)
}

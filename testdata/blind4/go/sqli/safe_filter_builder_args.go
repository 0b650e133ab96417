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
	args := []any{}
	if name := r.Form.Get("name"); name != "" {
		args = append(args, "%"+name+"%")
		clauses = append(clauses, fmt.Sprintf("full_name ILIKE $%d", len(args)))
	}
	for _, dept := range r.Form["dept"] {
		args = append(args, dept)
		clauses = append(clauses, fmt.Sprintf("department = $%d", len(args)))
	}
	stmt := "SELECT id, full_name FROM employees WHERE " + strings.Join(clauses, " AND ")
	rows, err := d.DB.QueryContext(r.Context(), stmt, args...)
	if err != nil {
		http.Error(w, "search failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeEmployees(w, rows)
}

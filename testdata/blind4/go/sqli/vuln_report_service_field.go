package reports

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

type SalesReport struct {
	db     *sql.DB
	region string
}

func NewSalesReport(db *sql.DB, region string) *SalesReport {
	return &SalesReport{db: db, region: region}
}

func (s *SalesReport) Total() (int64, error) {
	var total int64
	q := "SELECT COALESCE(SUM(amount), 0) FROM sales WHERE region = '" + s.region + "'"
	err := s.db.QueryRow(q).Scan(&total) // LABEL: CWE-89
	return total, err
}

func RegionTotal(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		report := NewSalesReport(db, r.Header.Get("X-Region"))
		total, err := report.Total()
		if err != nil {
			http.Error(w, "report failed", http.StatusInternalServerError)
			return
		}
		json.NewEncoder(w).Encode(map[string]int64{"total": total})
	}
}

package reports

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
)

type StoreReport struct {
	db      *sql.DB
	storeID int
}

func NewStoreReport(db *sql.DB, storeID int) *StoreReport {
	return &StoreReport{db: db, storeID: storeID}
}

func (s *StoreReport) Total() (int64, error) {
	var total int64
	q := fmt.Sprintf("SELECT COALESCE(SUM(amount), 0) FROM sales WHERE store_id = %d", s.storeID)
	err := s.db.QueryRow(q).Scan(&total)
	return total, err
}

func StoreTotal(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.Atoi(r.PathValue("store"))
		if err != nil {
			http.Error(w, "bad store", http.StatusBadRequest)
			return
		}
		total, err := NewStoreReport(db, id).Total()
		if err != nil {
			http.Error(w, "report failed", http.StatusInternalServerError)
			return
		}
		json.NewEncoder(w).Encode(map[string]int64{"total": total})
	}
}

package orders

import (
	"context"
	"database/sql"
)

type Order struct {
	ID     int64  `json:"id"`
	Status string `json:"status"`
	Total  int64  `json:"total_cents"`
}

type Repository struct {
	db *sql.DB
}

func NewRepository(db *sql.DB) *Repository { return &Repository{db: db} }

const byStatusSQL = `SELECT id, status, total_cents FROM orders
WHERE customer_id = $1 AND status = $2 ORDER BY id DESC`

func (r *Repository) ByStatus(ctx context.Context, customerID, status string) ([]Order, error) {
	rows, err := r.db.QueryContext(ctx, byStatusSQL, customerID, status)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Order
	for rows.Next() {
		var o Order
		if err := rows.Scan(&o.ID, &o.Status, &o.Total); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

package legacy

import "database/sql"

func listOrders(db *sql.DB, customer string) error {
	rows, err := db.Query("SELECT id FROM orders WHERE customer = '" + customer + "'")
	if err != nil {
		return err
	}
	return rows.Close()
}

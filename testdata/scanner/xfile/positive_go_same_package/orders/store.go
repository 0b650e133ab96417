package orders

import "database/sql"

func listOrders(db *sql.DB, customer string) error {
	q := "SELECT id FROM orders WHERE customer = '" + customer + "'"
	rows, err := db.Query(q) // vigil:expect VGL-GO-SQLI-001
	if err != nil {
		return err
	}
	return rows.Close()
}

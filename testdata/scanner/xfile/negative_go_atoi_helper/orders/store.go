package orders

import (
	"database/sql"
	"fmt"
	"strconv"
)

func deleteOrder(db *sql.DB, id string) error {
	n, err := strconv.Atoi(id)
	if err != nil {
		return err
	}
	_, err = db.Exec(fmt.Sprintf("DELETE FROM orders WHERE id = %d", n))
	return err
}

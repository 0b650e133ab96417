package store

import (
	"database/sql"
	"net/http"
)

type Customer struct {
	name  string
	email string
}

func (c *Customer) Name() string { return c.name }

func (c Customer) Email() string {
	return c.email
}

func search(db *sql.DB, r *http.Request) {
	c := &Customer{name: r.FormValue("name")}
	db.Query("SELECT id FROM customers WHERE name = '" + c.Name() + "'") // vigil:expect VGL-GO-SQLI-001
	var d Customer
	d.email = r.URL.Query().Get("email")
	q := "SELECT id FROM customers WHERE email = '" + d.Email() + "'"
	db.Exec(q) // vigil:expect VGL-GO-SQLI-001
}

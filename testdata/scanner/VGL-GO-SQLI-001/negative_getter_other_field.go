package store

import (
	"database/sql"
	"net/http"
)

type Customer struct {
	name   string
	region string
}

func (c *Customer) Name() string   { return c.name }
func (c *Customer) Region() string { return c.region }

// The getter reads the field the request did not fill.
func search(db *sql.DB, r *http.Request) {
	c := &Customer{name: r.FormValue("name"), region: "eu"}
	db.Query("SELECT id FROM customers WHERE region = '" + c.Region() + "'")
	db.Query("SELECT id FROM customers WHERE name = $1", c.Name())
}

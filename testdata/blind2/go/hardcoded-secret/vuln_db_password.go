package main

import (
	"database/sql"
	"fmt"

	_ "github.com/lib/pq"
)

const dbPassword = "Pr0d-Billing!2024#x9" // LABEL: CWE-798

func open() (*sql.DB, error) {
	dsn := fmt.Sprintf("host=db.internal user=billing password=%s dbname=billing", dbPassword)
	return sql.Open("postgres", dsn)
}

func main() {
	db, err := open()
	if err == nil {
		db.Ping()
	}
}

package main

import (
	"database/sql"
	"fmt"
	"os"

	_ "github.com/lib/pq"
)

// passwordEnv names the variable that holds the billing database password.
const passwordEnv = "BILLING_DB_PASSWORD"

func open() (*sql.DB, error) {
	dsn := fmt.Sprintf("host=db.internal user=billing password=%s dbname=billing", os.Getenv(passwordEnv))
	return sql.Open("postgres", dsn)
}

func main() {
	db, err := open()
	if err == nil {
		db.Ping()
	}
}

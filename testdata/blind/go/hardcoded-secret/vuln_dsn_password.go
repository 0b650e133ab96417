package main

import (
	"database/sql"
	"log"

	_ "github.com/lib/pq"
)

func main() {
	db, err := sql.Open("postgres", "postgres://reporting:Xq7mP2vLr9tW4zK8s@db.internal:5432/reporting?sslmode=require") // LABEL: CWE-798
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM orders WHERE created_at > now() - interval '1 day'").Scan(&n); err != nil {
		log.Fatal(err)
	}
	log.Printf("orders in the last day: %d", n)
}

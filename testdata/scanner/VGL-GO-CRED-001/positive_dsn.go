package store

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
	_ "github.com/lib/pq"
)

const primaryDSN = "postgres://app:S3cr3t!@db.internal:5432/app?sslmode=require" // vigil:expect VGL-GO-CRED-001

// Open connects to both databases.
func Open() (*sql.DB, *sql.DB, error) {
	pg, err := sql.Open("postgres", primaryDSN)
	if err != nil {
		return nil, nil, err
	}
	my, err := sql.Open("mysql", "report:Rep0rt#2024@tcp(mysql.internal:3306)/reports") // vigil:expect VGL-GO-CRED-001
	if err != nil {
		return nil, nil, err
	}
	return pg, my, nil
}

func legacy() (*sql.DB, error) {
	return sql.Open("postgres", "host=db user=app password=Hunter2Hunter dbname=app sslmode=disable") // vigil:expect VGL-GO-CRED-001
}

const quotedDSN = "user='svc' password='Pg!9xQ2w' host=db dbname=app" // vigil:expect VGL-GO-CRED-001

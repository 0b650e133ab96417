package main

import (
	"database/sql"
	"log"
	"os"

	_ "github.com/lib/pq"
)

// Names of the environment variables that hold secrets, never the secrets.
const (
	envDatabaseURL = "DATABASE_URL"
	envJWTKey      = "JWT_SIGNING_KEY"
)

func main() {
	dsn := os.Getenv(envDatabaseURL)
	key := os.Getenv(envJWTKey)
	if dsn == "" || len(key) < 32 {
		log.Fatalf("%s and %s (32+ bytes) must be set", envDatabaseURL, envJWTKey)
	}
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	log.Print("configured")
}

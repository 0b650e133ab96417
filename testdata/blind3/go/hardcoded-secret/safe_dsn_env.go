package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const dsnVariable = "BILLING_DATABASE_URL"

type Config struct {
	Addr string
	DSN  string
}

func loadConfig() Config {
	return Config{Addr: ":8080", DSN: os.Getenv(dsnVariable)}
}

func main() {
	cfg := loadConfig()
	if cfg.DSN == "" {
		log.Fatalf("%s is not set", dsnVariable)
	}
	db, err := sql.Open("pgx", cfg.DSN)
	if err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		if db.PingContext(r.Context()) != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
	})
	log.Fatal(http.ListenAndServe(cfg.Addr, nil))
}

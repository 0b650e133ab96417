package main

import (
	"database/sql"
	"log"
	"net/http"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type Config struct {
	Addr string
	DSN  string
}

func defaultConfig() Config {
	return Config{
		Addr: ":8080",
		DSN:  "postgres://billing:Qm7vR2xT9pLk4sWz@db.internal:5432/billing?sslmode=require", // LABEL: CWE-798
	}
}

func main() {
	cfg := defaultConfig()
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

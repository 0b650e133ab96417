package store

import "database/sql"

const localDSN = "postgres://app@localhost:5432/app?sslmode=disable"

// Open connects without a password (peer authentication).
func Open() (*sql.DB, error) {
	return sql.Open("postgres", localDSN)
}

const tokenHeader = "Authorization"

var sessionKey = []byte(nil)

type ctxKey string

const tokenKey ctxKey = "user_token"

const sessionName = "app-session"

package store

import (
	"database/sql"
	"fmt"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

var jwtKey = []byte(os.Getenv("JWT_KEY"))

// Open reads the DSN from the environment.
func Open() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL"))
}

// Build fills a DSN template from configuration.
func Build(user, pass, host string) string {
	return fmt.Sprintf("postgres://%s:%s@%s/app", user, pass, host)
}

const usage = "set DATABASE_URL, for example postgres://user:password@localhost/app"

const templateDSN = "mysql://${DB_USER}:${DB_PASSWORD}@db/app"

// Sign uses the key from the environment.
func Sign(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(jwtKey)
}

// PostgresDSN quotes each value of a key=value connection string.
func PostgresDSN(user, password, host string) string {
	return fmt.Sprintf("user='%s' password='%s' host='%s' sslmode='disable'", user, password, host)
}

package main

import (
	"crypto/md5"
	"database/sql"
	"encoding/hex"
	"net/http"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/labstack/echo/v4"
)

type AccountStore struct {
	db *sql.DB
}

func (s *AccountStore) SetPassword(user, password string) error {
	sum := md5.Sum([]byte(user + ":" + password)) // LABEL: CWE-328, CWE-916
	_, err := s.db.Exec("UPDATE accounts SET password_hash = $1 WHERE username = $2", hex.EncodeToString(sum[:]), user)
	return err
}

func main() {
	db, _ := sql.Open("pgx", "postgres://app@db/accounts")
	store := &AccountStore{db: db}
	e := echo.New()
	e.POST("/accounts/:user/password", func(c echo.Context) error {
		if err := store.SetPassword(c.Param("user"), c.FormValue("password")); err != nil {
			return c.NoContent(http.StatusInternalServerError)
		}
		return c.NoContent(http.StatusNoContent)
	})
	e.Logger.Fatal(e.Start(":8080"))
}

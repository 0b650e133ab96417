package main

import (
	"database/sql"
	"net/http"

	"github.com/labstack/echo/v4"
)

var db *sql.DB

type listing struct {
	Sort string
}

func articles(c echo.Context) error {
	l := listing{Sort: c.Request().Header.Get("X-Sort")}
	if l.Sort == "" {
		l.Sort = "published_at"
	}
	rows, err := db.Query("SELECT id, title FROM articles ORDER BY " + l.Sort) // LABEL: CWE-89
	if err != nil {
		return err
	}
	defer rows.Close()
	return c.NoContent(http.StatusOK)
}

func main() {
	e := echo.New()
	e.GET("/articles", articles)
	e.Logger.Fatal(e.Start(":8084"))
}

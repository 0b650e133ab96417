package main

import (
	"database/sql"
	"net/http"

	"github.com/labstack/echo/v4"
)

var db *sql.DB

func orderColumn(s string) string {
	switch s {
	case "title":
		return "title"
	case "author":
		return "author_id"
	default:
		return "published_at"
	}
}

func articles(c echo.Context) error {
	col := orderColumn(c.QueryParam("sort"))
	rows, err := db.Query("SELECT id, title FROM articles ORDER BY " + col)
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

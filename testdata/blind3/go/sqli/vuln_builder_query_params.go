package main

import (
	"database/sql"
	"net/http"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/labstack/echo/v4"
)

var filterable = []string{"status", "owner", "priority"}

func searchTasks(db *sql.DB) echo.HandlerFunc {
	return func(c echo.Context) error {
		var sb strings.Builder
		sb.WriteString("SELECT id, title FROM tasks WHERE archived = false")
		for _, field := range filterable {
			if v := c.QueryParam(field); v != "" {
				sb.WriteString(" AND " + field + " = '" + v + "'")
			}
		}
		rows, err := db.QueryContext(c.Request().Context(), sb.String()) // LABEL: CWE-89
		if err != nil {
			return echo.NewHTTPError(http.StatusInternalServerError)
		}
		defer rows.Close()
		return c.NoContent(http.StatusOK)
	}
}

func main() {
	db, _ := sql.Open("pgx", "postgres://app@db/tasks")
	e := echo.New()
	e.GET("/tasks", searchTasks(db))
	e.Logger.Fatal(e.Start(":8080"))
}

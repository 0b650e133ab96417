package main

import (
	"database/sql"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"
	_ "modernc.org/sqlite"
)

func archiveProject(db *sql.DB) echo.HandlerFunc {
	return func(c echo.Context) error {
		slug := c.Param("slug")
		reason := c.FormValue("reason")
		if reason == "" {
			reason = "archived by owner"
		}
		stmt := fmt.Sprintf("UPDATE projects SET archived = 1, note = '%s' WHERE slug = '%s'", reason, slug)
		if _, err := db.Exec(stmt); err != nil { // LABEL: CWE-89
			return echo.NewHTTPError(http.StatusInternalServerError, "update failed")
		}
		return c.NoContent(http.StatusNoContent)
	}
}

func main() {
	db, _ := sql.Open("sqlite", "projects.db")
	e := echo.New()
	e.POST("/projects/:slug/archive", archiveProject(db))
	e.Logger.Fatal(e.Start(":8080"))
}

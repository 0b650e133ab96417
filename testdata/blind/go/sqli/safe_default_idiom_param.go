package main

import (
	"database/sql"
	"net/http"

	"github.com/labstack/echo/v4"
)

func archiveProject(db *sql.DB) echo.HandlerFunc {
	return func(c echo.Context) error {
		reason := c.FormValue("reason")
		if reason == "" {
			reason = "archived by owner"
		}
		if _, err := db.Exec("UPDATE projects SET archived = 1, note = $1 WHERE slug = $2", reason, c.Param("slug")); err != nil {
			return echo.NewHTTPError(http.StatusInternalServerError, "update failed")
		}
		return c.NoContent(http.StatusNoContent)
	}
}

func main() {
	e := echo.New()
	e.POST("/projects/:slug/archive", archiveProject(nil))
	e.Start(":8080")
}

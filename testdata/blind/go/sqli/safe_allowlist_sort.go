package main

import (
	"database/sql"
	"net/http"

	"github.com/labstack/echo/v4"
)

type handler struct{ db *sql.DB }

func sortColumn(key string) string {
	switch key {
	case "total":
		return "total DESC"
	case "customer":
		return "customer_name ASC"
	default:
		return "issued_at DESC"
	}
}

func (h *handler) listInvoices(c echo.Context) error {
	order := sortColumn(c.QueryParam("sort"))
	rows, err := h.db.QueryContext(c.Request().Context(), "SELECT id, total FROM invoices ORDER BY "+order)
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		var total float64
		if rows.Scan(&id, &total) == nil {
			ids = append(ids, id)
		}
	}
	return c.JSON(http.StatusOK, ids)
}

func main() {
	e := echo.New()
	e.GET("/invoices", (&handler{}).listInvoices)
	e.Start(":8080")
}

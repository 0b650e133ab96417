package main

import (
	"database/sql"
	"net/http"

	"github.com/labstack/echo/v4"
)

type handler struct{ db *sql.DB }

func (h *handler) listInvoices(c echo.Context) error {
	order := c.Request().Header.Get("X-Sort")
	if order == "" {
		order = "issued_at DESC"
	}
	rows, err := h.db.QueryContext(c.Request().Context(), "SELECT id, total FROM invoices ORDER BY "+order) // LABEL: CWE-89
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	defer rows.Close()
	type invoice struct {
		ID    int64   `json:"id"`
		Total float64 `json:"total"`
	}
	var out []invoice
	for rows.Next() {
		var inv invoice
		if rows.Scan(&inv.ID, &inv.Total) == nil {
			out = append(out, inv)
		}
	}
	return c.JSON(http.StatusOK, out)
}

func main() {
	e := echo.New()
	h := &handler{}
	e.GET("/invoices", h.listInvoices)
	e.Start(":8080")
}

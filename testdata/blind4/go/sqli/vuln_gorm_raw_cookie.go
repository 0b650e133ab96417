package billing

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

type Invoice struct {
	ID     uint   `json:"id"`
	Number string `json:"number"`
	Amount int64  `json:"amount"`
}

type InvoiceAPI struct {
	db *gorm.DB
}

func (a *InvoiceAPI) Open(c echo.Context) error {
	tenant, err := c.Cookie("tenant")
	if err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized)
	}
	var invoices []Invoice
	a.db.Raw("SELECT id, number, amount FROM invoices WHERE paid = false AND tenant = '" + tenant.Value + "'").Scan(&invoices) // LABEL: CWE-89
	return c.JSON(http.StatusOK, invoices)
}

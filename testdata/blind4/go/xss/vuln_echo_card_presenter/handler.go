package cards

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type NewCard struct {
	Title   string `json:"title" form:"title"`
	Caption string `json:"caption" form:"caption"`
}

func PreviewCard(c echo.Context) error {
	var in NewCard
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	p := CardPresenter{card: in}
	return c.HTML(http.StatusOK, p.Render()) // LABEL: CWE-79
}

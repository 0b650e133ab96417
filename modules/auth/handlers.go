package auth

import (
	"fmt"
	"strconv"

	"github.com/labstack/echo/v4"

	"vigil/platform/errs"
	"vigil/platform/httpserver"
	"vigil/platform/principal"
)

func meta(c echo.Context) Meta {
	return Meta{IP: c.RealIP(), UserAgent: c.Request().UserAgent()}
}

func actor(c echo.Context) *principal.Principal {
	p, _ := principal.From(c.Request().Context())
	return p
}

// bind decodes and validates a JSON body with the platform's rules (415
// unless Content-Type is JSON, which also keeps cross-site form posts out;
// 400 malformed; 422 unknown fields).
func bind(c echo.Context, v any) error { return httpserver.Bind(c, v) }

// adminLimit reads the limit query parameter of an admin list: absent
// is the default (0), anything but an integer from 1 to max is a 422.
func adminLimit(c echo.Context, max int) (int, error) {
	v := c.QueryParam("limit")
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > max {
		return 0, errs.Invalid("invalid limit", errs.FieldError{Field: "limit", Message: fmt.Sprintf("must be an integer from 1 to %d", max)})
	}
	return n, nil
}

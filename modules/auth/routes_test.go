package auth

import (
	"testing"

	"github.com/labstack/echo/v4"

	"vigil/platform/openapi"
)

// TestOperationsMatchRoutes fails when the route table registers a route
// the document lacks (or the reverse), declares one twice, or leaves one
// undescribed.
func TestOperationsMatchRoutes(t *testing.T) {
	t.Parallel()
	tdb := openTestDB(t, "sqlite")
	e := newEnv(t, tdb)
	ec := echo.New()
	openapi.Register(ec.Group("/api/v1"), "/api/v1", e.svc.Routes())
	doc, err := openapi.Build(openapi.Options{}, e.svc.Routes())
	if err != nil {
		t.Fatal(err) // names routes declared twice
	}
	openapi.CheckRoutes(t, ec, doc)
	for _, op := range e.svc.Routes() {
		if op.OperationID == "" || op.Summary == "" || len(op.Responses) == 0 {
			t.Errorf("%s %s: incomplete operation", op.Method, op.Path)
		}
	}
}

package auth

import (
	"sort"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"
)

// TestOperationsMatchRoutes fails when a registered route is undocumented
// or a documented one is not registered.
func TestOperationsMatchRoutes(t *testing.T) {
	tdb := openTestDB(t, "sqlite")
	e := newEnv(t, tdb)
	ec := echo.New()
	e.svc.Routes(ec.Group("/api/v1"))
	registered := map[string]bool{}
	for _, r := range ec.Routes() {
		if strings.HasPrefix(r.Path, "/api/v1/") {
			registered[r.Method+" "+r.Path] = true
		}
	}
	documented := map[string]bool{}
	for _, op := range e.svc.Operations() {
		k := op.Method + " " + op.Path
		if documented[k] {
			t.Errorf("documented twice: %s", k)
		}
		documented[k] = true
		if op.OperationID == "" || op.Summary == "" || len(op.Responses) == 0 {
			t.Errorf("%s: incomplete operation", k)
		}
	}
	var missing, extra []string
	for k := range registered {
		if !documented[k] {
			missing = append(missing, k)
		}
	}
	for k := range documented {
		if !registered[k] {
			extra = append(extra, k)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing)+len(extra) > 0 {
		t.Fatalf("undocumented routes: %v\ndocumented but not registered: %v", missing, extra)
	}
}

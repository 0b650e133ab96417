package openapi

import (
	"fmt"
	"net/http"
	"sort"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"
)

// catchAll reports echo routes that are not API operations: the 404
// catch-alls for unknown /api paths and routes outside /api.
func catchAll(r *echo.Route) bool {
	return strings.HasSuffix(r.Path, "/*") && (r.Path == "/api/*" || r.Path == "/api/v1/*")
}

var documentedMethods = map[string]bool{
	http.MethodGet: true, http.MethodPost: true, http.MethodPut: true, http.MethodPatch: true,
	http.MethodDelete: true, http.MethodHead: false, http.MethodOptions: false,
}

// RouteDiff compares the /api routes registered on e with the document.
// Missing lists "METHOD /path" registered but undocumented; Extra lists
// documented operations that no route serves.
func RouteDiff(e *echo.Echo, doc *Document) (missing, extra []string) {
	registered := map[string]bool{}
	for _, r := range e.Routes() {
		if !strings.HasPrefix(r.Path, "/api/") || catchAll(r) {
			continue
		}
		if !documentedMethods[r.Method] {
			continue
		}
		registered[r.Method+" "+PathToOpenAPI(r.Path)] = true
	}
	documented := map[string]bool{}
	for p, ops := range doc.Paths {
		if !strings.HasPrefix(p, "/api/") {
			continue
		}
		for m := range ops {
			documented[strings.ToUpper(m)+" "+p] = true
		}
	}
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
	return missing, extra
}

// CheckRoutes fails t when the registered /api routes and the document
// disagree, naming every difference.
func CheckRoutes(t testing.TB, e *echo.Echo, doc *Document) {
	t.Helper()
	missing, extra := RouteDiff(e, doc)
	var b strings.Builder
	for _, m := range missing {
		fmt.Fprintf(&b, "\n  registered but not in the OpenAPI document: %s", m)
	}
	for _, x := range extra {
		fmt.Fprintf(&b, "\n  documented but not registered: %s", x)
	}
	if b.Len() > 0 {
		t.Errorf("routes and OpenAPI document disagree:%s", b.String())
	}
}

package main

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"vigil/platform/httpserver"
	"vigil/platform/openapi"
)

// TestOpenAPIMatchesWiredRoutes builds the whole application as `serve`
// does and fails when a registered /api route is missing from
// /api/v1/openapi.json or a documented one is not registered.
func TestOpenAPIMatchesWiredRoutes(t *testing.T) {
	t.Setenv("VIGIL_DATA_DIR", t.TempDir())
	t.Setenv("VIGIL_LOG_LEVEL", "error")
	errChecked := errors.New("routes checked")
	var missing, extra []string
	h := hooks{beforeSPA: func(srv *httpserver.Server) error {
		doc, err := srv.Document()
		if err != nil {
			return err
		}
		missing, extra = openapi.RouteDiff(srv.Echo(), doc)
		return errChecked
	}}
	err := runWith(context.Background(), []string{"serve", "--addr", freeAddr(t)}, io.Discard, io.Discard, h)
	if !errors.Is(err, errChecked) {
		t.Fatalf("serve did not reach the route check: %v", err)
	}
	if len(missing) > 0 {
		t.Errorf("registered but not documented:\n  %s", strings.Join(missing, "\n  "))
	}
	if len(extra) > 0 {
		t.Errorf("documented but not registered:\n  %s", strings.Join(extra, "\n  "))
	}
}

package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
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

// apiTypesFile is the web app's generated API types (make api-types).
const apiTypesFile = "frontend/src/api/generated.ts"

// TestAPITypesUpToDate builds the whole application as `serve` does,
// renders the TypeScript types of its OpenAPI document and fails when
// frontend/src/api/generated.ts differs: a route table changed without
// `make api-types`. With VIGIL_UPDATE_API_TYPES=1 it rewrites the file.
func TestAPITypesUpToDate(t *testing.T) {
	t.Setenv("VIGIL_DATA_DIR", t.TempDir())
	t.Setenv("VIGIL_LOG_LEVEL", "error")
	errChecked := errors.New("document built")
	var doc *openapi.Document
	h := hooks{beforeSPA: func(srv *httpserver.Server) error {
		d, err := srv.Document()
		if err != nil {
			return err
		}
		doc = d
		return errChecked
	}}
	err := runWith(context.Background(), []string{"serve", "--addr", freeAddr(t)}, io.Discard, io.Discard, h)
	if !errors.Is(err, errChecked) {
		t.Fatalf("serve did not reach the document: %v", err)
	}
	want, err := openapi.TypeScript(doc)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("VIGIL_UPDATE_API_TYPES") == "1" {
		if err := os.WriteFile(apiTypesFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(apiTypesFile)
	if err != nil {
		t.Fatalf("%v (run make api-types)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			if i >= len(gl) || i >= len(wl) || gl[i] != wl[i] {
				var g, w string
				if i < len(gl) {
					g = gl[i]
				}
				if i < len(wl) {
					w = wl[i]
				}
				t.Fatalf("%s is stale: run make api-types (line %d is %q, the route tables give %q)", apiTypesFile, i+1, g, w)
			}
		}
	}
}

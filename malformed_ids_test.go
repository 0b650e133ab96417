package main

import (
	"bufio"
	"encoding/base64"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/uuid"
)

// badIDs are path ids no route may pass to a query: PostgreSQL refuses
// them in uuid columns (and NUL in any text), SQLite finds nothing.
var badIDs = []string{"nope", "%00", "0190c3a4-5b6c-7d8e-9fa0-b1c2d3e4f5a%00", "%FF%FE", "0190c3a4-5b6c-7d8e-9fa0-b1c2d3e4f5a6%20"}

// filterNames are the query parameters routes read; a NUL in any of them
// is refused on every GET route.
var filterNames = []string{"cursor", "limit", "user_id", "project", "severity", "category", "cwe", "owasp", "file",
	"rule", "ai_verdict", "triage", "search", "q", "sort", "scope", "top", "last_event_id", "next", "state", "code"}

// TestMalformedIDs walks every /api/v1 route with malformed path ids, every
// GET route with a NUL in each filter, the id filters with malformed ids
// and X-Vigil-Workspace with malformed workspaces, on SQLite and
// PostgreSQL: each answers 400 or 404, never 500 (NUL bytes in JSON bodies
// 422), and nothing is logged as an error.
func TestMalformedIDs(t *testing.T) {
	eachWiredApp(t, func(t *testing.T, app wiredApp) {
		admin := newAPIClient(t, app.base)
		ws := admin.signUp("root@example.com")
		key := admin.apiKey("admin")
		check := func(t *testing.T, c *apiClient, method, path string, want ...int) {
			t.Helper()
			var body any
			if method != http.MethodGet && method != http.MethodDelete {
				body = map[string]any{}
			}
			r := c.do(method, path, body)
			if len(want) == 0 {
				want = []int{http.StatusBadRequest, http.StatusNotFound}
			}
			if !slices.Contains(want, r.status) {
				t.Errorf("%s %s: %d %s; want one of %v", method, path, r.status, r.body, want)
			}
		}

		var routes [][2]string
		for _, r := range app.srv.Echo().Routes() {
			if strings.HasPrefix(r.Path, "/api/v1/") && !strings.HasSuffix(r.Path, "/*") && slices.Contains(
				[]string{http.MethodGet, http.MethodPost, http.MethodPatch, http.MethodPut, http.MethodDelete}, r.Method) {
				routes = append(routes, [2]string{r.Method, r.Path})
			}
		}
		sort.Slice(routes, func(i, j int) bool { return routes[i][1]+routes[i][0] < routes[j][1]+routes[j][0] })
		param := regexp.MustCompile(`:\w+`)
		for _, rt := range routes {
			method, path := rt[0], rt[1]
			names := param.FindAllString(path, -1)
			for i, name := range names {
				if name == ":provider" {
					continue
				}
				for _, bad := range badIDs {
					n := -1
					u := param.ReplaceAllStringFunc(path, func(p string) string {
						n++
						switch {
						case n == i:
							return bad
						case p == ":provider":
							return "github"
						case p == ":id" && strings.HasPrefix(path, "/api/v1/workspaces/"):
							return ws
						}
						return uuid.NewString()
					})
					t.Run(method+" "+path+"/"+name+"="+bad, func(t *testing.T) {
						check(t, admin, method, u)
						check(t, key, method, u)
					})
				}
			}
			if method != http.MethodGet {
				continue
			}
			u := param.ReplaceAllStringFunc(path, func(p string) string {
				switch {
				case p == ":provider":
					return "github"
				case p == ":id" && strings.HasPrefix(path, "/api/v1/workspaces/"):
					return ws
				}
				return uuid.NewString()
			})
			for _, f := range filterNames {
				t.Run(method+" "+path+"?"+f+"=NUL", func(t *testing.T) {
					check(t, admin, method, u+"?"+f+"=a%00b", http.StatusBadRequest)
				})
			}
		}

		// Filters that name ids.
		for _, q := range []string{"/api/v1/admin/users?cursor=nope", "/api/v1/admin/sign-ins?user_id=nope",
			"/api/v1/credits/ledger?cursor=nope", "/api/v1/analyses?cursor=nope",
			"/api/v1/analyses?cursor=" + base64.RawURLEncoding.EncodeToString([]byte(`{"t":"2026-01-01T00:00:00Z","i":"nope"}`)), "/api/v1/admin/users?cursor=" + url.QueryEscape("0190C3A4-5B6C-7D8E-9FA0-B1C2D3E4F5A6")} {
			t.Run("filter "+q, func(t *testing.T) {
				check(t, admin, http.MethodGet, q, http.StatusBadRequest)
				check(t, key, http.MethodGet, q, http.StatusBadRequest)
			})
		}

		// The acting workspace header.
		for _, h := range []string{"nope", "0190c3a4-5b6c-7d8e-9fa0-b1c2d3e4f5a6x", "%00", strings.ToUpper(ws)} {
			t.Run("X-Vigil-Workspace "+h, func(t *testing.T) {
				admin.header["X-Vigil-Workspace"] = h
				defer delete(admin.header, "X-Vigil-Workspace")
				check(t, admin, http.MethodGet, "/api/v1/credits", http.StatusNotFound)
				check(t, admin, http.MethodGet, "/api/v1/analyses", http.StatusNotFound)
			})
		}
		t.Run("X-Vigil-Workspace with a NUL byte", func(t *testing.T) {
			conn, err := net.Dial("tcp", strings.TrimPrefix(app.base, "http://"))
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			_, _ = conn.Write([]byte("GET /api/v1/credits HTTP/1.1\r\nHost: vigil\r\nX-Vigil-Workspace: " + ws + "\x00\r\nConnection: close\r\n\r\n"))
			res, err := http.ReadResponse(bufio.NewReader(conn), nil)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != http.StatusBadRequest {
				t.Errorf("status %d, want 400", res.StatusCode)
			}
		})

		// NUL bytes in JSON bodies (PostgreSQL cannot store them either).
		for _, b := range []struct {
			method, path string
			body         map[string]string
		}{
			{"POST", "/api/v1/workspaces", map[string]string{"name": "a\x00b"}},
			{"PATCH", "/api/v1/auth/me", map[string]string{"name": "a\x00b"}},
			{"POST", "/api/v1/auth/login", map[string]string{"email": "root\x00@example.com", "password": "correct horse battery"}},
		} {
			t.Run("body "+b.method+" "+b.path, func(t *testing.T) {
				if r := admin.do(b.method, b.path, b.body); r.status != http.StatusUnprocessableEntity {
					t.Errorf("%d %s; want 422", r.status, r.body)
				}
			})
		}

		if strings.Contains(app.logs.String(), `"level":"ERROR"`) {
			t.Errorf("errors logged:\n%s", app.logs.String())
		}
	})
}

package repositories

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"vigil/modules/repositories/internal/gittest"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

func TestRepositoriesAPI(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h := newHarness(t, db, nil)
		repo := gittest.Serve(t, "tok-123456789")
		res, body := h.do(t, h.who("admin"), "POST", "/api/v1/repositories", map[string]any{"url": repo.URL, "token": "tok-123456789"})
		if res.StatusCode != http.StatusCreated {
			t.Fatalf("add: %d %s", res.StatusCode, body)
		}
		var added Repository
		_ = json.Unmarshal(body, &added)
		if added.ID == "" || !added.HasToken || added.TokenLast4 != "6789" || strings.Contains(string(body), "tok-123456789") {
			t.Fatalf("add answered %s: want an id, has_token, last4 and never the token", body)
		}
		id := added.ID
		other := "viewer 0190f0f0-0000-7000-8000-0000000000bb 0190f0f0-0000-7000-8000-000000000009"
		tests := []struct {
			name   string
			who    string
			method string
			path   string
			body   any
			status int
			want   []string
			not    []string
		}{
			{"list as viewer", h.who("viewer"), "GET", "/api/v1/repositories", nil, 200, []string{id, `"provider":"git"`, `"has_token":true`}, []string{"tok-", "sealed"}},
			{"list signed out", "", "GET", "/api/v1/repositories", nil, 401, nil, nil},
			{"list other workspace", other, "GET", "/api/v1/repositories", nil, 200, []string{`"repositories":[]`}, []string{id}},
			{"get as viewer", h.who("viewer"), "GET", "/api/v1/repositories/" + id, nil, 200, []string{`"scans":[]`, `"tier":"static"`}, nil},
			{"get other workspace", other, "GET", "/api/v1/repositories/" + id, nil, 404, nil, nil},
			{"add as member", h.who("member"), "POST", "/api/v1/repositories", map[string]any{"url": "https://gitlab.example.com/a/b.git"}, 403, nil, nil},
			{"add duplicate", h.who("admin"), "POST", "/api/v1/repositories", map[string]any{"url": repo.URL}, 409, nil, nil},
			{"add ssh url", h.who("admin"), "POST", "/api/v1/repositories", map[string]any{"url": "git@github.com:a/b.git"}, 422, []string{"url"}, nil},
			{"add url with credentials", h.who("admin"), "POST", "/api/v1/repositories", map[string]any{"url": "https://u:p@gitlab.example.com/a/b.git"}, 422, nil, []string{"u:p"}},
			{"add metadata address", h.who("admin"), "POST", "/api/v1/repositories", map[string]any{"url": "http://169.254.169.254/latest"}, 422, nil, nil},
			{"add unknown field", h.who("admin"), "POST", "/api/v1/repositories", map[string]any{"url": "https://gitlab.example.com/a/b.git", "x": 1}, 422, nil, nil},
			{"patch as member", h.who("member"), "PATCH", "/api/v1/repositories/" + id, map[string]any{"tier": "deep"}, 403, nil, nil},
			{"patch bad tier", h.who("admin"), "PATCH", "/api/v1/repositories/" + id, map[string]any{"tier": "gold"}, 422, []string{"tier"}, nil},
			{"patch bad schedule", h.who("admin"), "PATCH", "/api/v1/repositories/" + id, map[string]any{"schedule": "hourly"}, 422, []string{"schedule"}, nil},
			{"patch bad branch", h.who("admin"), "PATCH", "/api/v1/repositories/" + id, map[string]any{"default_branch": "--upload-pack=x"}, 422, nil, nil},
			{"patch", h.who("admin"), "PATCH", "/api/v1/repositories/" + id, map[string]any{"tier": "standard", "schedule": "weekly", "monthly_budget": 500, "watched": false}, 200,
				[]string{`"tier":"standard"`, `"schedule":"weekly"`, `"monthly_budget":500`, `"watched":false`, `"has_token":true`}, nil},
			{"patch other workspace", "admin 0190f0f0-0000-7000-8000-0000000000bb 0190f0f0-0000-7000-8000-000000000009", "PATCH", "/api/v1/repositories/" + id, map[string]any{"tier": "deep"}, 404, nil, nil},
			{"scan as viewer", h.who("viewer"), "POST", "/api/v1/repositories/" + id + "/scan", map[string]any{"ref": "main"}, 403, nil, nil},
			{"scan unknown ref", h.who("member"), "POST", "/api/v1/repositories/" + id + "/scan", map[string]any{"ref": "nope"}, 422, []string{"ref"}, nil},
			{"scan option-like ref", h.who("member"), "POST", "/api/v1/repositories/" + id + "/scan", map[string]any{"ref": "-oProxyCommand=x"}, 422, nil, nil},
			{"scan other workspace", "member 0190f0f0-0000-7000-8000-0000000000bb 0190f0f0-0000-7000-8000-000000000009", "POST", "/api/v1/repositories/" + id + "/scan", map[string]any{"ref": "main"}, 404, nil, nil},
			{"scan main", h.who("member"), "POST", "/api/v1/repositories/" + id + "/scan", map[string]any{"ref": "main"}, 201, []string{`"id":"0190f0f0-0000-7000-8000-000000000001"`, `"commit":"` + repo.Head + `"`, `"ref":"main"`}, nil},
			{"scan tag", h.who("member"), "POST", "/api/v1/repositories/" + id + "/scan", map[string]any{"ref": "v1"}, 201, []string{`"ref":"v1"`}, nil},
			{"history", h.who("viewer"), "GET", "/api/v1/repositories/" + id, nil, 200, []string{`"trigger":"manual"`, `"analysis_id":"0190f0f0-0000-7000-8000-000000000001"`, `"status":"failed"`, `"status":"started"`}, nil},
			{"delete as member", h.who("member"), "DELETE", "/api/v1/repositories/" + id, nil, 403, nil, nil},
			{"delete", h.who("admin"), "DELETE", "/api/v1/repositories/" + id, nil, 204, nil, nil},
			{"get deleted", h.who("viewer"), "GET", "/api/v1/repositories/" + id, nil, 404, nil, nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				res, body := h.do(t, tt.who, tt.method, tt.path, tt.body)
				if res.StatusCode != tt.status {
					t.Fatalf("%s %s: %d %s, want %d", tt.method, tt.path, res.StatusCode, body, tt.status)
				}
				for _, w := range tt.want {
					if !strings.Contains(string(body), w) {
						t.Errorf("body lacks %s: %s", w, body)
					}
				}
				for _, n := range tt.not {
					if strings.Contains(string(body), n) {
						t.Errorf("body has %s: %s", n, body)
					}
				}
			})
		}
		calls := h.analyses.calls()
		if len(calls) != 2 {
			t.Fatalf("analyses started = %d, want 2 (main, v1)", len(calls))
		}
		main, tag := calls[0], calls[1]
		if main.Workspace != h.ws || main.Source.Tier != "standard" || !strings.HasSuffix(main.Source.Name, "/git/repo@main") {
			t.Errorf("main scan handed %+v", main.Source)
		}
		if main.Files["src/app.py"] != gittest.Files["src/app.py"] || main.Files["README.md"] == "" {
			t.Errorf("main archive = %v", main.Files)
		}
		if _, ok := tag.Files["README.md"]; ok {
			t.Errorf("tag v1 archive has README.md, which came after it")
		}
	})
}

// TestTokenSealedAtRest reads the row: the token is not stored in clear
// and opens only for its own repository.
func TestTokenSealedAtRest(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h := newHarness(t, db, nil)
		res, body := h.do(t, h.who("admin"), "POST", "/api/v1/repositories", map[string]any{"url": "https://gitlab.example.com/a/b.git", "token": "glpat-very-secret-1"})
		if res.StatusCode != 201 {
			t.Fatalf("%d %s", res.StatusCode, body)
		}
		var rows []struct{ ID, TokenSealed string }
		if err := db.Gorm().Raw(`SELECT id, token_sealed FROM repositories`).Scan(&rows).Error; err != nil {
			t.Fatal(err)
		}
		if len(rows) != 1 || rows[0].TokenSealed == "" || strings.Contains(rows[0].TokenSealed, "glpat") {
			t.Fatalf("row = %+v", rows)
		}
		if _, err := h.svc.d.Sealer.Open(rows[0].TokenSealed, "repositories:token:other"); err == nil {
			t.Fatal("the sealed token opened for another repository")
		}
		b, err := h.svc.d.Sealer.Open(rows[0].TokenSealed, "repositories:token:"+rows[0].ID)
		if err != nil || string(b) != "glpat-very-secret-1" {
			t.Fatalf("open = %q, %v", b, err)
		}
	})
}

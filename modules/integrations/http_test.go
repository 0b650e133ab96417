package integrations

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// TestRoutesByRole walks every route for each role: owners and admins
// manage channels, members and viewers are refused (403), another
// workspace's channel is not found (404), no principal is 401.
func TestRoutesByRole(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db, false, false)
		srv := e.api(t)
		rcv := newReceiver(t)
		status, body := call(t, srv, "admin", e.ws, "POST", "/api/v1/integrations/notifications",
			map[string]any{"name": "hooks", "kind": "webhook", "url": rcv.URL, "events": []string{"analysis.completed", "credits.low"}})
		if status != http.StatusCreated {
			t.Fatalf("create: %d %s", status, body)
		}
		var ch ChannelView
		_ = json.Unmarshal(body, &ch)
		if ch.ID == "" || ch.Secret == "" || strings.Join(ch.Events, ",") != "analysis.completed,credits.low" {
			t.Fatalf("created %s", body)
		}
		base := "/api/v1/integrations/notifications"
		routes := []struct {
			method, path string
			body         any
			ok           int
		}{
			{"GET", base, nil, 200},
			{"GET", base + "/" + ch.ID, nil, 200},
			{"PATCH", base + "/" + ch.ID, map[string]any{"events": []string{"analysis.failed"}, "enabled": true}, 200},
			{"POST", base + "/" + ch.ID + "/test", nil, 200},
			{"GET", base + "/" + ch.ID + "/deliveries", nil, 200},
			{"POST", base, map[string]any{"name": "mail", "kind": "email", "email": "a@example.com", "events": []string{"credits.low"}}, 201},
			{"DELETE", base + "/" + ch.ID, nil, 204},
		}
		// A malformed cursor or limit is the caller's mistake, on both
		// databases (PostgreSQL answered 500 for a cursor that is no id).
		for _, q := range []string{"?cursor=not-an-id", "?limit=x", "?limit=1000"} {
			if got, b := call(t, srv, "admin", e.ws, "GET", base+"/"+ch.ID+"/deliveries"+q, nil); got/100 != 4 || got == 404 {
				t.Errorf("deliveries%s: %d %s, want 400 or 422", q, got, b)
			}
		}
		other := "0190f0f0-0000-7000-8000-0000000000aa"
		for _, r := range routes {
			for _, c := range []struct {
				role, ws string
				want     int
			}{{"", e.ws, 401}, {"viewer", e.ws, 403}, {"member", e.ws, 403}} {
				if got, b := call(t, srv, c.role, c.ws, r.method, r.path, r.body); got != c.want {
					t.Errorf("%s %s as %q: %d %s, want %d", r.method, r.path, c.role, got, b, c.want)
				}
			}
			if strings.Contains(r.path, ch.ID) {
				if got, _ := call(t, srv, "owner", other, r.method, r.path, r.body); got != 404 {
					t.Errorf("%s %s from another workspace: %d, want 404", r.method, r.path, got)
				}
			}
		}
		for i, r := range routes {
			role := []string{"admin", "owner"}[i%2]
			if got, b := call(t, srv, role, e.ws, r.method, r.path, r.body); got != r.ok {
				t.Errorf("%s %s as %s: %d %s, want %d", r.method, r.path, role, got, b, r.ok)
			}
		}
		// Validation answers field errors.
		status, body = call(t, srv, "admin", e.ws, "POST", base, map[string]any{"name": "", "kind": "sms", "events": []string{"nope"}})
		if status != 422 || !strings.Contains(string(body), `"events"`) || !strings.Contains(string(body), `"kind"`) {
			t.Fatalf("invalid create: %d %s", status, body)
		}
	})
}

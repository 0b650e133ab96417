package main

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"testing"

	"vigil/platform/dbtest"
)

// TestSecurityChangesAreAudited walks the changes an operator must be able
// to account for (role changes, key creation, billing grants, settings) as
// served, on both databases, and checks each left its entry in the audit
// log and that the chain verifies. Triage decisions are audited by the
// analysis module (its TestTriageIsAudited), as they need a finished scan.
func TestSecurityChangesAreAudited(t *testing.T) {
	eachWiredApp(t, func(t *testing.T, app wiredApp) {
		admin := newAPIClient(t, app.base)
		admin.signUp("root@example.com")
		user := newAPIClient(t, app.base)
		user.signUp("user@example.com")
		want := func(t *testing.T, r apiResponse, status int) apiResponse {
			t.Helper()
			if r.status != status {
				t.Fatalf("status %d, want %d: %s", r.status, status, r.body)
			}
			return r
		}
		var team, userID string
		steps := []struct {
			action string
			do     func(t *testing.T)
		}{
			{"workspace.created", func(t *testing.T) {
				team = want(t, admin.do("POST", "/api/v1/workspaces", map[string]string{"name": "Team"}), 201).json(t)["id"].(string)
			}},
			{"workspace.renamed", func(t *testing.T) {
				want(t, admin.do("PATCH", "/api/v1/workspaces/"+team, map[string]string{"name": "Blue team"}), 200)
			}},
			{"workspace.invitation_created", func(t *testing.T) {
				link := want(t, admin.do("POST", "/api/v1/workspaces/"+team+"/invitations",
					map[string]string{"email": "user@example.com", "role": "member"}), 201).json(t)["link"].(string)
				tok := link[strings.Index(link, "token=")+len("token="):]
				want(t, user.do("POST", "/api/v1/invitations/accept", map[string]string{"token": tok}), 200)
			}},
			{"workspace.role_changed", func(t *testing.T) {
				r := want(t, admin.do("GET", "/api/v1/workspaces/"+team+"/members", nil), 200)
				for _, m := range r.json(t)["items"].([]any) {
					if m := m.(map[string]any); m["email"] == "user@example.com" {
						userID = m["user_id"].(string)
					}
				}
				want(t, admin.do("PATCH", "/api/v1/workspaces/"+team+"/members/"+userID, map[string]string{"role": "viewer"}), http.StatusNoContent)
			}},
			{"apikey.created", func(t *testing.T) { admin.apiKey("read") }},
			{"credits.admin_grant", func(t *testing.T) {
				want(t, admin.do("POST", "/api/v1/credits/grants", map[string]any{"workspace_id": team, "amount": 25, "reason": "pilot"}), http.StatusOK)
			}},
			{"credits.admin_revoke", func(t *testing.T) {
				want(t, admin.do("POST", "/api/v1/credits/grants", map[string]any{"workspace_id": team, "amount": -5, "reason": "pilot over"}), http.StatusOK)
			}},
		}
		db := dbtest.OpenConfig(t, app.cfg)
		count := func(action string) int64 {
			var n int64
			if err := db.Gorm().Table("audit_log").Where("action = ?", action).Count(&n).Error; err != nil {
				t.Fatal(err)
			}
			return n
		}
		for _, st := range steps {
			t.Run(st.action, func(t *testing.T) {
				before := count(st.action)
				st.do(t)
				if got := count(st.action); got != before+1 {
					t.Fatalf("%d %q entries after the change, want %d", got, st.action, before+1)
				}
			})
		}
		var out bytes.Buffer
		if err := run(context.Background(), []string{"admin", "audit", "verify"}, &out, &out); err != nil {
			t.Fatalf("verify: %v: %s", err, out.String())
		}
	})
}

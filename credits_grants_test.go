package main

import (
	"net/http"
	"strings"
	"testing"

	"github.com/google/uuid"

	"vigil/platform/dbtest"
)

// TestCreditGrants runs POST /api/v1/credits/grants as wired in serve, on
// both databases: only an instance administrator's admin-scoped key (or
// browser session) grants, and a grant to a workspace that does not exist
// is 404 and leaves no balance behind.
func TestCreditGrants(t *testing.T) {
	eachWiredApp(t, func(t *testing.T, app wiredApp) {
		base := app.base
		admin := newAPIClient(t, base)
		adminWS := admin.signUp("root@example.com")
		user := newAPIClient(t, base)
		userWS := user.signUp("user@example.com")
		balance := func() float64 {
			t.Helper()
			r := user.do("GET", "/api/v1/credits", nil)
			if r.status != http.StatusOK {
				t.Fatalf("balance: %d %s", r.status, r.body)
			}
			return r.json(t)["balance"].(float64)
		}
		start := balance()
		grant := func(c *apiClient, ws string) apiResponse {
			return c.do("POST", "/api/v1/credits/grants", map[string]any{"workspace_id": ws, "amount": 100, "reason": "support ticket"})
		}
		missing := uuid.NewString()
		tests := []struct {
			name   string
			caller *apiClient
			ws     string
			want   int
		}{
			{"read key of an instance admin", admin.apiKey("read"), userWS, http.StatusForbidden},
			{"analyze key of an instance admin", admin.apiKey("analyze"), userWS, http.StatusForbidden},
			{"admin key of a non-administrator", user.apiKey("admin"), userWS, http.StatusForbidden},
			{"browser of a non-administrator", user, userWS, http.StatusForbidden},
			{"admin key of an instance admin, unknown workspace", admin.apiKey("admin"), missing, http.StatusNotFound},
			{"browser of an instance admin, unknown workspace", admin, missing, http.StatusNotFound},
			{"malformed workspace id", admin, "not-a-workspace", http.StatusNotFound},
			{"admin key of an instance admin", admin.apiKey("admin"), userWS, http.StatusOK},
			{"browser of an instance admin", admin, adminWS, http.StatusOK},
		}
		granted := 0.0
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				r := grant(tt.caller, tt.ws)
				if r.status != tt.want {
					t.Fatalf("status %d, want %d: %s", r.status, tt.want, r.body)
				}
				if r.status == http.StatusOK && tt.ws == userWS {
					granted += 100
				}
				if got := balance(); got != start+granted {
					t.Errorf("balance %v, want %v", got, start+granted)
				}
			})
		}
		// No orphan balance or ledger entry for the workspaces that do not exist.
		db := dbtest.OpenConfig(t, app.cfg)
		for _, table := range []string{"credit_balances", "credit_ledger"} {
			var n int64
			if err := db.Gorm().Table(table).Where("workspace_id NOT IN ?", []string{adminWS, userWS}).Count(&n).Error; err != nil {
				t.Fatal(err)
			}
			if n != 0 {
				t.Errorf("%s: %d rows for workspaces that do not exist", table, n)
			}
		}
	})
}

// TestAdminCreditsCommandUnknownWorkspace: `vigil admin credits grant`
// refuses a workspace that does not exist instead of opening an orphan
// account for it.
func TestAdminCreditsCommandUnknownWorkspace(t *testing.T) {
	t.Setenv("VIGIL_DATA_DIR", t.TempDir())
	t.Setenv("VIGIL_LOG_LEVEL", "error")
	for _, ws := range []string{uuid.NewString(), "not-a-workspace"} {
		t.Run(ws, func(t *testing.T) {
			out, _, err := runCapture(t, "admin", "credits", "grant", "--workspace", ws, "--amount", "10", "--reason", "test")
			if err == nil || !strings.Contains(err.Error(), "workspace not found") {
				t.Fatalf("err = %v, out = %q; want workspace not found", err, out)
			}
		})
	}
}

package auth

import (
	"net/http"
	"testing"
)

// actingIn returns the acting workspace id and role that /auth/me reports
// for c (no header unless c sets one).
func actingIn(t *testing.T, c *client) (string, string) {
	t.Helper()
	r := c.do("GET", "/api/v1/auth/me", nil)
	expect(t, r, http.StatusOK)
	w, _ := r.m(t)["workspace"].(map[string]any)
	if w == nil {
		t.Fatalf("no acting workspace: %s", r.body)
	}
	return w["id"].(string), w["role"].(string)
}

func TestSwitchWorkspace(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		tm := e.team(t)
		member, viewer := tm.members[RoleMember], tm.members[RoleViewer]
		personal, _ := actingIn(t, member)
		if personal == tm.ws {
			t.Fatal("a new member already acts in the team before switching")
		}

		cases := []struct {
			name   string
			who    *client
			body   any
			status int
		}{
			{"missing id", member, map[string]string{}, http.StatusUnprocessableEntity},
			{"malformed id", member, map[string]string{"workspace_id": "../../x"}, http.StatusNotFound},
			{"not a member", tm.outside, map[string]string{"workspace_id": tm.ws}, http.StatusNotFound},
			{"unknown field", member, map[string]string{"workspace": tm.ws}, http.StatusUnprocessableEntity},
			{"anonymous", e.client(), map[string]string{"workspace_id": tm.ws}, http.StatusUnauthorized},
			{"member", member, map[string]string{"workspace_id": tm.ws}, http.StatusOK},
			{"viewer", viewer, map[string]string{"workspace_id": tm.ws}, http.StatusOK},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				expect(t, tc.who.do("PUT", "/api/v1/auth/me/workspace", tc.body), tc.status)
			})
		}

		// Requests without a header now act in the team, with the team role.
		if ws, role := actingIn(t, member); ws != tm.ws || role != RoleMember {
			t.Fatalf("after switching: acting in %s as %s, want %s as member", ws, role, tm.ws)
		}
		r := member.do("POST", "/api/v1/test/analyses", nil)
		expect(t, r, http.StatusCreated)
		if got := r.m(t)["workspace_id"]; got != tm.ws {
			t.Fatalf("a guarded route acted in %v, want the team %s", got, tm.ws)
		}
		// The viewer is in the team too, and its role still decides.
		expect(t, viewer.do("POST", "/api/v1/test/analyses", nil), http.StatusForbidden)

		// Remembered per user: a fresh sign-in elsewhere opens the team.
		other := e.client()
		expect(t, other.do("POST", "/api/v1/auth/login", map[string]string{"email": "member@example.com", "password": "correct horse battery"}), http.StatusOK)
		if ws, _ := actingIn(t, other); ws != tm.ws {
			t.Fatalf("another session acts in %s, want the remembered %s", ws, tm.ws)
		}
		// The header still wins over the remembered workspace.
		h := *member
		h.workspace = personal
		if ws, _ := actingIn(t, &h); ws != personal {
			t.Fatalf("header named %s, acting in %s", personal, ws)
		}

		// Removed from the team: back to the personal workspace, no error.
		expect(t, tm.members[RoleOwner].do("DELETE", "/api/v1/workspaces/"+tm.ws+"/members/"+tm.ids[RoleMember], nil), http.StatusNoContent)
		if ws, _ := actingIn(t, member); ws != personal {
			t.Fatalf("after removal: acting in %s, want personal %s", ws, personal)
		}

		// API keys belong to their workspace and cannot switch.
		r = member.do("POST", "/api/v1/api-keys", map[string]any{"name": "ci", "scopes": []string{"admin"}})
		expect(t, r, http.StatusCreated)
		cli := e.client()
		cli.bearer = r.m(t)["key"].(string)
		expect(t, cli.do("PUT", "/api/v1/auth/me/workspace", map[string]string{"workspace_id": personal}), http.StatusForbidden)
	})
}

package auth

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

type route struct {
	method, path string // path may contain {ws} and {viewer}
	body         any
	minRole      string
	scope        string
	headerWS     bool // acting workspace comes from X-Vigil-Workspace / the key
}

func (r route) url(ws, viewer string) string {
	return strings.NewReplacer("{ws}", ws, "{viewer}", viewer).Replace(r.path)
}

// workspaceRoutes are every workspace-scoped route with the least role and
// API key scope it needs (the permission matrix as seen over HTTP).
var workspaceRoutes = []route{
	{method: "GET", path: "/api/v1/workspaces/{ws}", minRole: RoleViewer, scope: ScopeRead},
	{method: "PATCH", path: "/api/v1/workspaces/{ws}", body: map[string]string{"name": "Team"}, minRole: RoleAdmin, scope: ScopeAdmin},
	{method: "GET", path: "/api/v1/workspaces/{ws}/members", minRole: RoleViewer, scope: ScopeRead},
	{method: "PATCH", path: "/api/v1/workspaces/{ws}/members/{viewer}", body: map[string]string{"role": "viewer"}, minRole: RoleAdmin, scope: ScopeAdmin},
	{method: "GET", path: "/api/v1/workspaces/{ws}/invitations", minRole: RoleAdmin, scope: ScopeAdmin},
	{method: "POST", path: "/api/v1/workspaces/{ws}/invitations", body: map[string]string{"email": "new@example.com", "role": "member"}, minRole: RoleAdmin, scope: ScopeAdmin},
	{method: "GET", path: "/api/v1/api-keys", minRole: RoleMember, scope: ScopeAdmin, headerWS: true},
	{method: "POST", path: "/api/v1/api-keys", body: map[string]any{"name": "k", "scopes": []string{"read"}}, minRole: RoleMember, scope: ScopeAdmin, headerWS: true},
	{method: "POST", path: "/api/v1/test/analyses", body: map[string]string{}, minRole: RoleMember, scope: ScopeAnalyze, headerWS: true},
}

type team struct {
	ws      string
	members map[string]*client // by role
	ids     map[string]string
	outside *client
}

func (e *env) team(t *testing.T) team {
	t.Helper()
	owner, ownerID := e.user("owner@example.com")
	r := owner.do("POST", "/api/v1/workspaces", map[string]string{"name": "Team"})
	expect(t, r, 201)
	tm := team{ws: r.m(t)["id"].(string), members: map[string]*client{RoleOwner: owner}, ids: map[string]string{RoleOwner: ownerID}}
	for _, role := range []string{RoleAdmin, RoleMember, RoleViewer} {
		c, id := e.user(role + "@example.com")
		r := owner.do("POST", "/api/v1/workspaces/"+tm.ws+"/invitations", map[string]string{"email": role + "@example.com", "role": role})
		expect(t, r, 201)
		link := r.m(t)["link"].(string)
		tok := link[strings.Index(link, "token=")+6:]
		expect(t, c.do("POST", "/api/v1/invitations/accept", map[string]string{"token": tok}), 200)
		tm.members[role], tm.ids[role] = c, id
	}
	tm.outside, _ = e.user("outsider@example.com")
	e.clock.Advance(time.Minute)
	return tm
}

func ok2xx(s int) bool { return s >= 200 && s < 300 }

func TestAuthorizationMatrix(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		tm := e.team(t)
		anon := e.client()
		for _, rt := range workspaceRoutes {
			path := rt.url(tm.ws, tm.ids[RoleViewer])
			t.Run(rt.method+" "+rt.path, func(t *testing.T) {
				// anonymous → 401
				a := *anon
				if rt.headerWS {
					a.workspace = tm.ws
				}
				expect(t, a.do(rt.method, path, rt.body), 401)
				// wrong workspace → 404
				out := *tm.outside
				if rt.headerWS {
					out.workspace = tm.ws
				}
				expect(t, out.do(rt.method, path, rt.body), 404)
				// each role: allowed → 2xx, below → 403
				for role, c := range tm.members {
					cc := *c
					if rt.headerWS {
						cc.workspace = tm.ws
					}
					r := cc.do(rt.method, path, rt.body)
					if roleRank[role] >= roleRank[rt.minRole] {
						if !ok2xx(r.status) {
							t.Errorf("%s: status %d, want 2xx: %s", role, r.status, r.body)
						}
					} else if r.status != 403 {
						t.Errorf("%s: status %d, want 403: %s", role, r.status, r.body)
					}
				}
			})
		}
	})
}

func TestAPIKeyScopesMatrix(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		tm := e.team(t)
		owner := *tm.members[RoleOwner]
		owner.workspace = tm.ws
		keys := map[string]string{}
		for _, sc := range []string{ScopeRead, ScopeAnalyze, ScopeAdmin} {
			r := owner.do("POST", "/api/v1/api-keys", map[string]any{"name": sc, "scopes": []string{sc}})
			expect(t, r, 201)
			k := r.m(t)
			if !strings.HasPrefix(k["key"].(string), "vigil_") || !strings.HasPrefix(k["key"].(string), k["prefix"].(string)) {
				t.Fatalf("key shape: %v", k)
			}
			keys[sc] = k["key"].(string)
		}
		// A key of the owner's personal workspace.
		personal := *tm.members[RoleOwner]
		r := personal.do("POST", "/api/v1/api-keys", map[string]any{"name": "p", "scopes": []string{"admin"}})
		expect(t, r, 201)
		personalKey := r.m(t)["key"].(string)

		for _, rt := range workspaceRoutes {
			path := rt.url(tm.ws, tm.ids[RoleViewer])
			t.Run(rt.method+" "+rt.path, func(t *testing.T) {
				for sc, key := range keys {
					c := e.client()
					c.bearer = key
					r := c.do(rt.method, path, rt.body)
					if scopesAllow([]string{sc}, rt.scope) {
						if !ok2xx(r.status) {
							t.Errorf("scope %s: status %d, want 2xx: %s", sc, r.status, r.body)
						}
					} else if r.status != 403 {
						t.Errorf("scope %s: status %d, want 403: %s", sc, r.status, r.body)
					}
				}
				if !rt.headerWS {
					c := e.client()
					c.bearer = personalKey
					expect(t, c.do(rt.method, path, rt.body), 404)
				}
				bad := e.client()
				bad.bearer = "vigil_notakey"
				expect(t, bad.do(rt.method, path, rt.body), 401)
			})
		}
	})
}

func TestAPIKeyLifecycle(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		c, _ := e.user("ada@example.com")
		exp := e.clock.Now().Add(time.Hour)
		r := c.do("POST", "/api/v1/api-keys", map[string]any{"name": "ci", "scopes": []string{"read", "analyze"}, "expires_at": exp})
		expect(t, r, 201)
		created := r.m(t)
		key, id := created["key"].(string), created["id"].(string)

		cli := e.client()
		cli.bearer = key
		r = cli.do("GET", "/api/v1/auth/me", nil)
		expect(t, r, 200)
		if me := r.m(t); me["auth_method"] != "api_key" || me["email"] != "ada@example.com" {
			t.Fatalf("me via key: %v", me)
		}
		// Unsafe requests with an API key need no CSRF token.
		expect(t, cli.do("POST", "/api/v1/test/analyses", map[string]string{}), 201)

		// The list never shows the secret; last_used_at is set.
		r = c.do("GET", "/api/v1/api-keys", nil)
		expect(t, r, 200)
		if strings.Contains(string(r.body), key) || !strings.Contains(string(r.body), `"last_used_at":"`) {
			t.Fatalf("list: %s", r.body)
		}
		// Stored hashed: the secret is not in the table.
		var n int64
		e.db.db.Gorm().Table("auth_api_keys").Where("key_hash = ? OR prefix = ?", key, key).Count(&n)
		if n != 0 {
			t.Fatal("secret stored in clear")
		}
		// Another user cannot revoke it.
		other, _ := e.user("bob@example.com")
		expect(t, other.do("DELETE", "/api/v1/api-keys/"+id, nil), 404)
		// A read key cannot mint keys, an admin key cannot mint beyond itself.
		expect(t, cli.do("POST", "/api/v1/api-keys", map[string]any{"name": "x", "scopes": []string{"read"}}), 403)
		// Validation.
		expect(t, c.do("POST", "/api/v1/api-keys", map[string]any{"name": "x", "scopes": []string{"root"}}), 422)
		expect(t, c.do("POST", "/api/v1/api-keys", map[string]any{"name": "", "scopes": []string{"read"}}), 422)

		// Expiry.
		e.clock.Advance(2 * time.Hour)
		expect(t, cli.do("GET", "/api/v1/auth/me", nil), 401)
		e.clock.Advance(-2 * time.Hour)
		expect(t, cli.do("GET", "/api/v1/auth/me", nil), 200)
		// Revocation.
		expect(t, c.do("DELETE", "/api/v1/api-keys/"+id, nil), 204)
		expect(t, cli.do("GET", "/api/v1/auth/me", nil), 401)
		acts := strings.Join(e.audit.actions(), " ")
		if !strings.Contains(acts, "apikey.created") || !strings.Contains(acts, "apikey.revoked") {
			t.Fatalf("audit: %s", acts)
		}
	})
}

func TestWorkspaceRoles(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		tm := e.team(t)
		owner, admin := tm.members[RoleOwner], tm.members[RoleAdmin]
		ws := "/api/v1/workspaces/" + tm.ws
		// Admins cannot touch owners or make owners.
		expect(t, admin.do("PATCH", ws+"/members/"+tm.ids[RoleOwner], map[string]string{"role": "member"}), 403)
		expect(t, admin.do("PATCH", ws+"/members/"+tm.ids[RoleMember], map[string]string{"role": "owner"}), 403)
		expect(t, admin.do("PATCH", ws+"/members/"+tm.ids[RoleMember], map[string]string{"role": "viewer"}), 204)
		expect(t, admin.do("PATCH", ws+"/members/"+tm.ids[RoleMember], map[string]string{"role": "boss"}), 422)
		// The last owner cannot step down or leave.
		expect(t, owner.do("PATCH", ws+"/members/"+tm.ids[RoleOwner], map[string]string{"role": "admin"}), 409)
		expect(t, owner.do("DELETE", ws+"/members/"+tm.ids[RoleOwner], nil), 409)
		// Members may leave; removed members lose access.
		expect(t, tm.members[RoleViewer].do("DELETE", ws+"/members/"+tm.ids[RoleViewer], nil), 204)
		expect(t, tm.members[RoleViewer].do("GET", ws, nil), 404)
		// Header selects the acting workspace; non-members get 404.
		out := *tm.outside
		out.workspace = tm.ws
		expect(t, out.do("GET", "/api/v1/auth/me", nil), 404)
		ad := *admin
		ad.workspace = tm.ws
		r := ad.do("GET", "/api/v1/auth/me", nil)
		expect(t, r, 200)
		if r.m(t)["workspace"].(map[string]any)["role"] != "admin" {
			t.Fatalf("acting workspace: %s", r.body)
		}
		if !strings.Contains(strings.Join(e.audit.actions(), " "), "workspace.role_changed") {
			t.Fatal("role change not audited")
		}
		// Invitations: wrong email refused, reuse refused, revoke works.
		r = owner.do("POST", ws+"/invitations", map[string]string{"email": "carol@example.com", "role": "member"})
		expect(t, r, 201)
		inv := r.m(t)
		tok := inv["link"].(string)[strings.Index(inv["link"].(string), "token=")+6:]
		expect(t, tm.outside.do("POST", "/api/v1/invitations/accept", map[string]string{"token": tok}), 403)
		expect(t, owner.do("DELETE", ws+"/invitations/"+inv["id"].(string), nil), 204)
		carol, _ := e.user("carol@example.com")
		expect(t, carol.do("POST", "/api/v1/invitations/accept", map[string]string{"token": tok}), 404)
	})
}

func TestCanDirect(t *testing.T) {
	t.Parallel()
	tdb := openTestDB(t, "sqlite")
	e := newEnv(t, tdb)
	tm := e.team(t)
	ctx := context.Background()
	for _, p := range Permissions {
		for role, id := range tm.ids {
			pr := principalFor(id, role)
			err := e.svc.Can(ctx, pr, tm.ws, p.Action)
			if roleAllows(role, p.Action) != (err == nil) {
				t.Errorf("%s as %s: %v", p.Action, role, err)
			}
		}
	}
	if err := e.svc.Can(ctx, nil, tm.ws, "workspace:read"); err == nil {
		t.Fatal("nil principal allowed")
	}
}

// TestPermissionsDoc keeps docs/permissions.md equal to the Go matrix.
func TestPermissionsDoc(t *testing.T) {
	t.Parallel()
	want := PermissionsMarkdown()
	got, err := os.ReadFile("../../docs/permissions.md")
	if err != nil || string(got) != want {
		if os.Getenv("UPDATE_DOCS") == "1" {
			if err := os.WriteFile("../../docs/permissions.md", []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		t.Fatalf("docs/permissions.md is out of date (run UPDATE_DOCS=1 go test ./modules/auth -run TestPermissionsDoc): %v", err)
	}
	_ = fmt.Sprint
}

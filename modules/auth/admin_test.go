package auth

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestAdminMakeAndRevokeAdmin(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		root, rootID := e.user("root@example.com") // first account: instance admin
		bob, bobID := e.user("bob@example.com")
		_, carolID := e.user("carol@example.com")

		// Only instance administrators; anonymous callers get 401.
		expect(t, e.client().do("POST", "/api/v1/admin/users/"+bobID+"/make-admin", nil), 401)
		expect(t, bob.do("POST", "/api/v1/admin/users/"+bobID+"/make-admin", nil), 403)
		expect(t, bob.do("POST", "/api/v1/admin/users/"+rootID+"/revoke-admin", nil), 403)
		expect(t, root.do("POST", "/api/v1/admin/users/not-an-id/make-admin", nil), 404)
		expect(t, root.do("POST", "/api/v1/admin/users/0190f0f0-0000-7000-8000-000000000000/make-admin", nil), 404)

		// The last administrator cannot be removed, not even by itself.
		r := root.do("POST", "/api/v1/admin/users/"+rootID+"/revoke-admin", nil)
		expect(t, r, 409)
		if !strings.Contains(string(r.body), "last administrator") {
			t.Fatalf("409 should say why: %s", r.body)
		}

		r = root.do("POST", "/api/v1/admin/users/"+bobID+"/make-admin", nil)
		expect(t, r, 200)
		if r.m(t)["instance_admin"] != true {
			t.Fatalf("make-admin: %s", r.body)
		}
		// Bob's live session is an administrator's at once (caches forgotten).
		expect(t, bob.do("GET", "/api/v1/admin/users", nil), 200)
		// Idempotent, and audited once.
		expect(t, root.do("POST", "/api/v1/admin/users/"+bobID+"/make-admin", nil), 200)
		if n := strings.Count(strings.Join(e.audit.actions(), ","), "admin.instance_admin_granted"); n != 1 {
			t.Fatalf("granted recorded %d times: %v", n, e.audit.actions())
		}

		// A disabled account is not made an administrator.
		expect(t, root.do("POST", "/api/v1/admin/users/"+carolID+"/disable", nil), 204)
		expect(t, root.do("POST", "/api/v1/admin/users/"+carolID+"/make-admin", nil), 409)

		// With two, one may step down; then Bob is the last and stays.
		expect(t, bob.do("POST", "/api/v1/admin/users/"+rootID+"/revoke-admin", nil), 200)
		expect(t, root.do("GET", "/api/v1/admin/users", nil), 403)
		expect(t, bob.do("POST", "/api/v1/admin/users/"+bobID+"/revoke-admin", nil), 409)
		rows := e.audit.rows()
		last := rows[len(rows)-1]
		if last.Action != "admin.instance_admin_revoked" || last.ActorID != bobID || last.Target != "user:"+rootID {
			t.Fatalf("audit: %+v", last)
		}
	})
}

// Two administrators removing each other at once leave one.
func TestAdminRevokeRaceKeepsOne(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		_, rootID := e.user("root@example.com")
		_, bobID := e.user("bob@example.com")
		ctx := context.Background()
		rootP, bobP := principalFor(rootID, ""), principalFor(bobID, "")
		rootP.InstanceAdmin, bobP.InstanceAdmin = true, true
		if err := e.svc.SetInstanceAdmin(ctx, Meta{}, rootP, bobID, true); err != nil {
			t.Fatal(err)
		}
		errc := make(chan error, 2)
		go func() { errc <- e.svc.SetInstanceAdmin(ctx, Meta{}, rootP, bobID, false) }()
		go func() { errc <- e.svc.SetInstanceAdmin(ctx, Meta{}, bobP, rootID, false) }()
		e1, e2 := <-errc, <-errc
		if (e1 == nil) == (e2 == nil) {
			t.Fatalf("exactly one revocation should win: %v / %v", e1, e2)
		}
		n, err := e.svc.store.CountActiveAdmins(ctx)
		if err != nil || n != 1 {
			t.Fatalf("admins left: %d %v", n, err)
		}
	})
}

func TestAdminUserSearchAndPages(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		root, _ := e.user("root@example.com")
		for i := range 5 {
			if _, err := e.svc.CreateUser(context.Background(), fmt.Sprintf("dev%d@corp.example", i), "correct horse battery", false); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := e.svc.CreateUser(context.Background(), "under_score@example.com", "correct horse battery", false); err != nil {
			t.Fatal(err)
		}
		emails := func(r resp) []string {
			var v struct {
				Items []struct {
					Email string `json:"email"`
				} `json:"items"`
				Next string `json:"next_cursor"`
			}
			r.json(t, &v)
			out := []string{}
			for _, u := range v.Items {
				out = append(out, u.Email)
			}
			return append(out, "next="+map[bool]string{true: "yes", false: "no"}[v.Next != ""])
		}
		tests := []struct {
			name, query string
			want        string
		}{
			{"search any case", "?q=CORP", "dev0@corp.example,dev1@corp.example,dev2@corp.example,dev3@corp.example,dev4@corp.example,next=no"},
			{"a full last page has no next", "?q=corp&limit=5", "dev0@corp.example,dev1@corp.example,dev2@corp.example,dev3@corp.example,dev4@corp.example,next=no"},
			{"underscore is literal", "?q=_", "under_score@example.com,next=no"},
			{"no match", "?q=nobody", "next=no"},
			{"page of two", "?q=corp&limit=2", "dev0@corp.example,dev1@corp.example,next=yes"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				r := root.do("GET", "/api/v1/admin/users"+tt.query, nil)
				expect(t, r, 200)
				if got := strings.Join(emails(r), ","); got != tt.want {
					t.Fatalf("got %s, want %s", got, tt.want)
				}
			})
		}
		// The cursor continues where the page ended.
		r := root.do("GET", "/api/v1/admin/users?q=corp&limit=2", nil)
		next := r.m(t)["next_cursor"].(string)
		r = root.do("GET", "/api/v1/admin/users?q=corp&limit=2&cursor="+next, nil)
		if got := strings.Join(emails(r), ","); got != "dev2@corp.example,dev3@corp.example,next=yes" {
			t.Fatalf("second page: %s", got)
		}

		bad := []struct {
			query  string
			status int
			field  string
		}{
			{"?limit=0", 422, "limit"},
			{"?limit=201", 422, "limit"},
			{"?limit=ten", 422, "limit"},
			{"?cursor=nope", 400, "cursor"},
			{"?q=" + strings.Repeat("a", 201), 422, "q"},
		}
		for _, b := range bad {
			r := root.do("GET", "/api/v1/admin/users"+b.query, nil)
			expect(t, r, b.status)
			if !strings.Contains(string(r.body), `"`+b.field+`"`) {
				t.Fatalf("%s: the error should name %s: %s", b.query, b.field, r.body)
			}
		}
	})
}

func TestAdminSignInsPages(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		root, _ := e.user("root@example.com")
		for range 3 {
			e.clock.Advance(time.Second)
			e.client().do("POST", "/api/v1/auth/login", map[string]string{"email": "root@example.com", "password": "wrong wrong wrong"})
		}
		r := root.do("GET", "/api/v1/admin/sign-ins?limit=2", nil)
		expect(t, r, 200)
		var page struct {
			Items []struct {
				ID      string `json:"id"`
				Email   string `json:"email"`
				Success bool   `json:"success"`
			} `json:"items"`
			Next string `json:"next_cursor"`
		}
		r.json(t, &page)
		if len(page.Items) != 2 || page.Next == "" || page.Items[0].Email != "root@example.com" || page.Items[0].Success {
			t.Fatalf("first page: %s", r.body)
		}
		r = root.do("GET", "/api/v1/admin/sign-ins?limit=2&cursor="+page.Next, nil)
		first := append(page.Items[:0:0], page.Items...)
		r.json(t, &page)
		if len(page.Items) != 2 || page.Next != "" || page.Items[0].ID >= first[1].ID || !page.Items[1].Success {
			t.Fatalf("second page (older, ending with the successful sign-in): %s", r.body)
		}
		expect(t, root.do("GET", "/api/v1/admin/sign-ins?limit=501", nil), 422)
		expect(t, root.do("GET", "/api/v1/admin/sign-ins?cursor=x", nil), 400)
		expect(t, e.client().do("GET", "/api/v1/admin/sign-ins", nil), 401)
	})
}

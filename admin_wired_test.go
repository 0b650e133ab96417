package main

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"vigil/platform/dbtest"
)

// TestAdminOverviewWired drives the instance overview through the whole
// application on both databases: the KPIs gather accounts, analyses and
// credits from each module's read model, the audit log filters and pages,
// and its verification finds an edited entry.
func TestAdminOverviewWired(t *testing.T) {
	eachWiredApp(t, func(t *testing.T, app wiredApp) {
		root := newAPIClient(t, app.base)
		rootWS := root.signUp("root@example.com") // the first account administers the instance
		user := newAPIClient(t, app.base)
		userWS := user.signUp("dev@example.com")
		anon := newAPIClient(t, app.base)

		// Seed: one analysis through the API (queued: no worker runs in
		// this process), a grant, and a completed deep analysis with AI
		// cost plus a purchase and a charge written as their modules do.
		if r := user.do("POST", "/api/v1/analyses", map[string]any{"tier": "static", "filename": "x.py", "content": "eval(input())\n"}); r.status != 201 {
			t.Fatalf("paste: %d %s", r.status, r.body)
		}
		if r := root.do("POST", "/api/v1/credits/grants", map[string]any{"workspace_id": userWS, "amount": 250, "reason": "pilot"}); r.status != 200 {
			t.Fatalf("grant: %d %s", r.status, r.body)
		}
		db := dbtest.OpenConfig(t, app.cfg)
		now := time.Now().UTC()
		dbtest.MustExec(t, db, `INSERT INTO analyses (id, workspace_id, created_by, name, project_key, source_kind, tier, status, ai_cost_usd, created_at, updated_at, finished_at)
			VALUES (?, ?, ?, 'seeded', 'seeded', 'upload', 'deep', 'completed', 1.25, ?, ?, ?)`, uuid.NewString(), rootWS, uuid.NewString(), now, now, now)
		for _, e := range []struct {
			kind   string
			amount int64
		}{{"purchase", 1000}, {"charge", -40}} {
			dbtest.MustExec(t, db, `INSERT INTO credit_ledger (id, workspace_id, kind, amount, balance_after, idempotency_key, created_at) VALUES (?, ?, ?, ?, 0, ?, ?)`,
				uuid.NewString(), rootWS, e.kind, e.amount, uuid.NewString(), now)
		}

		// Who may ask.
		for _, path := range []string{"/api/v1/admin/kpis", "/api/v1/admin/audit", "/api/v1/admin/audit/verify"} {
			if r := anon.do("GET", path, nil); r.status != 401 {
				t.Errorf("anonymous %s: %d", path, r.status)
			}
			if r := user.do("GET", path, nil); r.status != 403 {
				t.Errorf("non-administrator %s: %d", path, r.status)
			}
		}

		r := root.do("GET", "/api/v1/admin/kpis?days=7", nil)
		if r.status != 200 {
			t.Fatalf("kpis: %d %s", r.status, r.body)
		}
		var k struct {
			Days   int            `json:"days"`
			Totals map[string]any `json:"totals"`
			Series []struct {
				Day       string         `json:"day"`
				ByOutcome map[string]int `json:"by_outcome"`
			} `json:"series"`
			Matrix []map[string]any `json:"by_tier_outcome"`
		}
		if err := json.Unmarshal(r.body, &k); err != nil {
			t.Fatal(err)
		}
		today := now.Format(time.DateOnly)
		want := map[string]float64{"users": 2, "admins": 1, "sign_ups": 2, "active_users": 2, "analyses": 2,
			"credits_sold": 1000, "credits_spent": 40, "ai_cost_usd": 1.25}
		for name, v := range want {
			if k.Totals[name] != v {
				t.Errorf("totals.%s = %v, want %v (%s)", name, k.Totals[name], v, r.body)
			}
		}
		// Sign-up grants of both workspaces and the administrator's grant.
		if g, _ := k.Totals["credits_granted"].(float64); g < 250 {
			t.Errorf("credits_granted %v, want at least the 250 granted", g)
		}
		if k.Days != 7 || len(k.Series) != 7 || k.Series[6].Day != today ||
			k.Series[6].ByOutcome["completed"] != 1 || k.Series[6].ByOutcome["in_progress"] != 1 {
			t.Errorf("series: %s", r.body)
		}
		if len(k.Matrix) != 2 {
			t.Errorf("tier × outcome: %v", k.Matrix)
		}
		for q, field := range map[string]string{"days=0": "days", "days=366": "days", "days=x": "days"} {
			if r := root.do("GET", "/api/v1/admin/kpis?"+q, nil); r.status != 422 || !strings.Contains(string(r.body), `"`+field+`"`) {
				t.Errorf("kpis?%s: %d %s", q, r.status, r.body)
			}
		}

		// The audit log: filters, pages, validation.
		type page struct {
			Items []struct {
				Seq        int64  `json:"seq"`
				ActorEmail string `json:"actor_email"`
				Action     string `json:"action"`
				Target     string `json:"target"`
			} `json:"items"`
			Next string `json:"next_cursor"`
		}
		audit := func(q url.Values) page {
			t.Helper()
			r := root.do("GET", "/api/v1/admin/audit?"+q.Encode(), nil)
			if r.status != 200 {
				t.Fatalf("audit?%s: %d %s", q.Encode(), r.status, r.body)
			}
			var p page
			if err := json.Unmarshal(r.body, &p); err != nil {
				t.Fatal(err)
			}
			return p
		}
		p := audit(url.Values{"actor": {"root@"}, "action": {"credits."}})
		if len(p.Items) != 1 || p.Items[0].ActorEmail != "root@example.com" {
			t.Errorf("root's credit events: %+v", p.Items)
		}
		if p := audit(url.Values{"actor": {"nobody@nowhere"}}); len(p.Items) != 0 {
			t.Errorf("unknown actor: %+v", p.Items)
		}
		if p := audit(url.Values{"from": {today}, "to": {today}}); len(p.Items) == 0 {
			t.Error("today's entries missing with to=today (inclusive)")
		}
		all := audit(url.Values{})
		first := audit(url.Values{"limit": {"2"}})
		if len(all.Items) < 3 || len(first.Items) != 2 || first.Next == "" {
			t.Fatalf("pages: all %d, first %d next %q", len(all.Items), len(first.Items), first.Next)
		}
		second := audit(url.Values{"limit": {"2"}, "cursor": {first.Next}})
		if second.Items[0].Seq != all.Items[2].Seq {
			t.Errorf("second page starts at %d, want %d", second.Items[0].Seq, all.Items[2].Seq)
		}
		for q, status := range map[string]int{"cursor=abc": 400, "limit=0": 422, "from=yesterday": 422, "from=2026-12-02&to=2026-12-01": 422} {
			if r := root.do("GET", "/api/v1/admin/audit?"+q, nil); r.status != status {
				t.Errorf("audit?%s: %d, want %d: %s", q, r.status, status, r.body)
			}
		}

		// Verification: intact, then an edited entry is named.
		r = root.do("GET", "/api/v1/admin/audit/verify", nil)
		if r.status != 200 || !strings.Contains(string(r.body), `"intact":true`) {
			t.Fatalf("verify: %d %s", r.status, r.body)
		}
		dbtest.MustExec(t, db, `UPDATE audit_log SET action = 'edited' WHERE seq = 2`)
		r = root.do("GET", "/api/v1/admin/audit/verify", nil)
		var v struct {
			Intact  bool  `json:"intact"`
			Checked int64 `json:"checked"`
			Broken  struct {
				Seq int64 `json:"seq"`
			} `json:"broken"`
		}
		_ = json.Unmarshal(r.body, &v)
		if r.status != 200 || v.Intact || v.Checked != 1 || v.Broken.Seq != 2 {
			t.Fatalf("tampered verify: %d %s", r.status, r.body)
		}
	})
}

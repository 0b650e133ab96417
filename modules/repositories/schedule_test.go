package repositories

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"vigil/modules/repositories/internal/gittest"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

func TestSchedules(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		now := time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC)
		h := newHarness(t, db, func(d *Deps) { d.Now = func() time.Time { return now } })
		repo := gittest.Serve(t, "")
		add := func(url, schedule string) string {
			res, body := h.do(t, h.who("admin"), "POST", "/api/v1/repositories", map[string]any{"url": url})
			if res.StatusCode != 201 {
				t.Fatalf("add: %d %s", res.StatusCode, body)
			}
			var r Repository
			_ = json.Unmarshal(body, &r)
			if schedule != "" {
				if res, body := h.do(t, h.who("admin"), "PATCH", "/api/v1/repositories/"+r.ID, map[string]any{"schedule": schedule}); res.StatusCode != 200 {
					t.Fatalf("patch: %d %s", res.StatusCode, body)
				}
			}
			return r.ID
		}
		daily := add(repo.URL, "daily")
		add("https://gitlab.example.com/acme/unscheduled.git", "") // never scanned on a schedule
		add(strings.TrimSuffix(repo.URL, ".git"), "weekly")        // the same repository under its other URL
		ctx := context.Background()
		steps := []struct {
			advance time.Duration
			want    int // analyses started so far
		}{
			{0, 2},                  // both due at once: never scanned
			{time.Hour, 2},          // not again within the period
			{23 * time.Hour, 3},     // the daily one a day later
			{24 * time.Hour, 4},     // and the next day
			{5 * 24 * time.Hour, 6}, // daily again, weekly after seven days
		}
		for i, st := range steps {
			now = now.Add(st.advance)
			if err := h.svc.RunSchedules(ctx); err != nil {
				t.Fatal(err)
			}
			if got := len(h.analyses.calls()); got != st.want {
				t.Fatalf("step %d: analyses = %d, want %d", i, got, st.want)
			}
		}
		for _, c := range h.analyses.calls() {
			if c.Workspace != h.ws || c.CreatedBy != "0190f0f0-0000-7000-8000-000000000003" {
				t.Errorf("scheduled scan ran as %s in %s", c.CreatedBy, c.Workspace)
			}
		}
		_, body := h.do(t, h.who("viewer"), "GET", "/api/v1/repositories/"+daily, nil)
		if n := strings.Count(string(body), `"trigger":"schedule"`); n != 4 {
			t.Errorf("daily history has %d scheduled scans, want 4: %s", n, body)
		}
	})
}

// TestMonthlyBudget: scans start while the credits their analyses may
// charge this month stay under the repository's budget; then they are
// refused (402, nothing started) until the next month.
func TestMonthlyBudget(t *testing.T) {
	now := time.Date(2026, 12, 30, 12, 0, 0, 0, time.UTC)
	h := newHarness(t, dbtest.Open(t, "sqlite"), func(d *Deps) { d.Now = func() time.Time { return now } })
	repo := gittest.Serve(t, "")
	_, body := h.do(t, h.who("admin"), "POST", "/api/v1/repositories", map[string]any{"url": repo.URL})
	var r Repository
	_ = json.Unmarshal(body, &r)
	if res, body := h.do(t, h.who("admin"), "PATCH", "/api/v1/repositories/"+r.ID, map[string]any{"monthly_budget": 100}); res.StatusCode != 200 {
		t.Fatalf("patch: %d %s", res.StatusCode, body)
	}
	scan := func() int {
		res, _ := h.do(t, h.who("member"), "POST", "/api/v1/repositories/"+r.ID+"/scan", map[string]any{"ref": "main"})
		return res.StatusCode
	}
	for i, want := range []int{201, 201, 201, 402} { // 0, 40, 80 spent before each; 120 >= 100
		if got := scan(); got != want {
			t.Fatalf("scan %d: %d, want %d", i+1, got, want)
		}
	}
	if n := len(h.analyses.calls()); n != 3 {
		t.Fatalf("analyses started = %d, want 3", n)
	}
	now = now.Add(3 * 24 * time.Hour) // January
	if got := scan(); got != 201 {
		t.Fatalf("next month: %d, want 201", got)
	}
	_, body = h.do(t, h.who("viewer"), "GET", "/api/v1/repositories/"+r.ID, nil)
	if !strings.Contains(string(body), "monthly budget of 100 credits is spent") {
		t.Errorf("history does not say why the scan was refused: %s", body)
	}
}

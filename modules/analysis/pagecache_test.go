package analysis

import (
	"fmt"
	"strings"
	"testing"

	"vigil/platform/database"
	"vigil/platform/dbtest"
)

func TestPageCacheEvictsLeastRecentlyUsed(t *testing.T) {
	c := newPageCache(80) // pages up to 10 bytes
	for i := range 8 {
		c.put(fmt.Sprint(i), []byte("0123456789"))
	}
	c.get("0") // 0 is now the most recent
	c.put("8", []byte("0123456789"))
	if _, ok := c.get("1"); ok {
		t.Fatal("1 was the least recently used and should be gone")
	}
	for _, k := range []string{"0", "2", "8"} {
		if _, ok := c.get(k); !ok {
			t.Fatalf("%s evicted", k)
		}
	}
	c.put("big", make([]byte, 11))
	if _, ok := c.get("big"); ok || c.n > 80 {
		t.Fatalf("a page over an eighth of the budget was kept (n=%d)", c.n)
	}
}

// Two replicas on one database: a page cached by one never hides a
// triage decision made through the other, in any analysis of the project.
func TestFindingsPageCacheAcrossReplicas(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		one := newAPI(t, db)
		two := newAPI(t, db)
		two.ws = one.ws // same workspace, another process
		files := map[string]string{"app/a.py": vulnPy}
		older := one.completed(t, files)
		newer := one.completed(t, files)
		viewer, member := one.who("viewer"), one.who("member")
		page := func(a *api, id string) Page[FindingView] {
			return decode[Page[FindingView]](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/findings?limit=50", "", nil))
		}
		states := func(p Page[FindingView]) string {
			var s []string
			for _, f := range p.Items {
				s = append(s, f.Triage.State)
			}
			return strings.Join(s, ",")
		}
		before := page(one, older)
		if page(one, older).Items[0].ID != before.Items[0].ID || len(before.Items) < 2 {
			t.Fatalf("page %+v", before)
		}
		if len(one.svc.pages.entries) == 0 {
			t.Fatal("the page of a completed analysis was not cached")
		}
		// triage the same fingerprint through the other replica, in the newer analysis
		target := page(two, newer).Items[0]
		res := two.do(t, member, "PATCH", "/api/v1/findings/"+target.ID, "application/json", []byte(`{"state":"accepted_risk","reason":"fixture"}`))
		if res.StatusCode != 200 {
			t.Fatalf("triage: %d", res.StatusCode)
		}
		after := page(one, older)
		var got string
		for _, f := range after.Items {
			if f.Fingerprint == target.Fingerprint {
				got = f.Triage.State
			}
		}
		if got != "accepted_risk" {
			t.Fatalf("replica one still serves %q for the triaged fingerprint (states %s)", got, states(after))
		}
	})
}

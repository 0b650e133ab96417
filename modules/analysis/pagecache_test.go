package analysis

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/principal/principaltest"
)

func TestPageCacheEvictsLeastRecentlyUsed(t *testing.T) {
	t.Parallel()
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
	t.Parallel()
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

// A cached page is compressed once and served gzipped to clients that
// accept it (once: the server's own gzip leaves it alone), plain to others.
func TestFindingsPageGzip(t *testing.T) {
	t.Parallel()
	a := newAPI(t, dbtest.Open(t, database.SQLite))
	id := a.completed(t, map[string]string{"app/a.py": vulnPy, "app/b.py": vulnPy})
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	get := func(ae string) (*http.Response, []byte) {
		req, _ := http.NewRequest("GET", a.srv.URL+"/api/v1/analyses/"+id+"/findings?limit=50", nil)
		req.Header.Set(principaltest.Header, a.who("viewer"))
		if ae != "" {
			req.Header.Set("Accept-Encoding", ae)
		}
		res, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res, b
	}
	res, plain := get("")
	if res.Header.Get("Content-Encoding") != "" || !json.Valid(plain) {
		t.Fatalf("plain: %q %.100s", res.Header.Get("Content-Encoding"), plain)
	}
	for range 2 { // the second one comes compressed from the cache
		res, gz := get("gzip")
		if res.Header.Get("Content-Encoding") != "gzip" || len(res.Header.Values("Vary")) != 1 || res.Header.Get("Vary") != "Accept-Encoding" {
			t.Fatalf("headers %v", res.Header)
		}
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(zr)
		if err != nil || !bytes.Equal(got, plain) {
			t.Fatalf("gunzipped page differs (%v): %.100s", err, got)
		}
	}
	if res, b := get("gzip;q=0"); res.Header.Get("Content-Encoding") != "" || !bytes.Equal(b, plain) {
		t.Fatal("q=0 still got gzip")
	}
}

package analysis

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"vigil/modules/analysis/internal/store"
	"vigil/modules/analysis/scanner"
	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/migrate"
	"vigil/platform/notify"
	"vigil/platform/principal/principaltest"
)

func TestVersionCache(t *testing.T) {
	completed := &store.Analysis{ID: "a1", WorkspaceID: "w1", Status: store.StatusCompleted}
	running := &store.Analysis{ID: "a2", WorkspaceID: "w1", Status: store.StatusRunning}
	tests := []struct {
		name string
		// live and sess are the notify session's state when reading, and
		// liveAfter/sessAfter when serving.
		live, liveAfter bool
		sessAfter       uint64
		a               *store.Analysis
		between         func(c *versionCache) // runs between the read and the put
		ws              string
		want            bool
		versionGone     bool // the workspace version is not kept although the analysis is
	}{
		{name: "completed analysis served", live: true, liveAfter: true, a: completed, ws: "w1", want: true},
		{name: "other workspace never served", live: true, liveAfter: true, a: completed, ws: "w2"},
		{name: "running analysis not kept", live: true, liveAfter: true, a: running, ws: "w1"},
		{name: "not kept while no listener", live: false, liveAfter: true, a: completed, ws: "w1"},
		{name: "not served once the listener is lost", live: true, liveAfter: false, a: completed, ws: "w1"},
		{name: "not served after a reconnect", live: true, liveAfter: true, sessAfter: 1, a: completed, ws: "w1"},
		{name: "a write during the read wins", live: true, liveAfter: true, a: completed, ws: "w1", between: (*versionCache).invalidate},
		{name: "a write to it during the read wins", live: true, liveAfter: true, a: completed, ws: "w1",
			between: func(c *versionCache) { c.forget(writeScope{workspaceID: "w1", analysisID: "a1"}) }},
		{name: "a write to another analysis of the workspace keeps it, not the version", live: true, liveAfter: true, a: completed, ws: "w1",
			between: func(c *versionCache) { c.forget(writeScope{workspaceID: "w1", analysisID: "a9"}) }, want: true, versionGone: true},
		{name: "a write elsewhere keeps both", live: true, liveAfter: true, a: completed, ws: "w1",
			between: func(c *versionCache) { c.forget(writeScope{workspaceID: "w2", analysisID: "a9"}) }, want: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var sess uint64
			live := tc.live
			c := newVersionCache(func() (uint64, bool) { return sess, live })
			st, wst := c.stamp(byAnalysis, tc.a.ID), c.stamp(byWorkspace, tc.a.WorkspaceID)
			if tc.between != nil {
				tc.between(c)
			}
			c.putAnalysis(st, tc.a)
			c.putWorkspaceVersion(wst, tc.a.WorkspaceID, "v")
			sess, live = tc.sessAfter, tc.liveAfter
			got, ok := c.analysis(tc.ws, tc.a.ID)
			if ok != tc.want || (ok && (got.ID != tc.a.ID || got == tc.a)) {
				t.Fatalf("analysis: got %v %v, want served=%v (a copy)", got, ok, tc.want)
			}
			if tc.a.Status == store.StatusCompleted && tc.ws == "w1" {
				if _, ok := c.workspaceVersion("w1"); ok != (tc.want && !tc.versionGone) {
					t.Fatalf("workspace version served=%v, want %v", ok, tc.want && !tc.versionGone)
				}
			}
		})
	}
	t.Run("disabled without a session", func(t *testing.T) {
		c := newVersionCache(nil)
		c.putAnalysis(c.stamp(byAnalysis, "a1"), completed)
		if _, ok := c.analysis("w1", "a1"); ok {
			t.Fatal("served without notifications")
		}
	})
}

// A scoped write forgets its analysis and its workspace's version and
// nothing else; an unscoped one forgets everything; the generation maps
// stay bounded.
func TestVersionCacheForgetByAnalysis(t *testing.T) {
	c := newVersionCache(func() (uint64, bool) { return 0, true })
	put := func(ws, id string) {
		c.putAnalysis(c.stamp(byAnalysis, id), &store.Analysis{ID: id, WorkspaceID: ws, Status: store.StatusCompleted})
		c.putWorkspaceVersion(c.stamp(byWorkspace, ws), ws, "v-"+ws)
	}
	cached := func() string {
		var out []string
		for _, k := range [][2]string{{"w1", "a1"}, {"w1", "a2"}, {"w2", "b1"}} {
			if _, ok := c.analysis(k[0], k[1]); ok {
				out = append(out, k[1])
			}
		}
		for _, ws := range []string{"w1", "w2"} {
			if _, ok := c.workspaceVersion(ws); ok {
				out = append(out, ws)
			}
		}
		return strings.Join(out, " ")
	}
	fill := func() {
		put("w1", "a1")
		put("w1", "a2")
		put("w2", "b1")
	}
	tests := []struct {
		name  string
		write func()
		want  string
	}{
		{"progress of a1", func() { c.forget(writeScope{"w1", "a1"}) }, "a2 b1 w2"},
		{"progress of b1", func() { c.forget(writeScope{"w2", "b1"}) }, "a1 a2 w1"},
		{"a running analysis of w2", func() { c.forget(writeScope{"w2", "b7"}) }, "a1 a2 b1 w1"},
		{"through a scoped context", func() { c.forgetFor(scopedTo(context.Background(), "w1", "a2")) }, "a1 b1 w2"},
		{"an unscoped write", func() { c.forgetFor(context.Background()) }, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fill()
			if got := cached(); got != "a1 a2 b1 w1 w2" {
				t.Fatalf("before: %q", got)
			}
			tc.write()
			if got := cached(); got != tc.want {
				t.Fatalf("cached %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("bounded", func(t *testing.T) {
		c.max = 3
		for i := range 10 {
			c.forget(writeScope{"w9", fmt.Sprint("r", i)})
			if len(c.analysisGen) > c.max || len(c.workspaceGen) > c.max {
				t.Fatalf("after %d writes: %d analysis and %d workspace generations kept", i+1, len(c.analysisGen), len(c.workspaceGen))
			}
		}
	})
}

func TestParseScope(t *testing.T) {
	sc := writeScope{workspaceID: "w1", analysisID: "a1"}
	tests := map[string]bool{sc.topic(): true, versionTopic: false, versionTopic + "/w1": false, versionTopic + "//a1": false, "other/w1/a1": false}
	for topic, want := range tests {
		got, ok := parseScope(topic)
		if ok != want || (ok && got != sc) {
			t.Errorf("parseScope(%q) = %v, %v; want ok %v", topic, got, ok, want)
		}
	}
}

// Any write to the watched tables through gorm, by any module and raw SQL
// included, empties the cache of every service on that database.
func TestVersionCacheForgetsOnWrites(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		a, _ := newAPIWithHub(t, db)
		id := a.completed(t, map[string]string{"app/a.py": vulnPy})
		for _, tc := range []struct {
			name  string
			write func() error
		}{
			{"raw update of analyses", func() error {
				return db.Conn(ctx).Exec("UPDATE analyses SET name = name WHERE id = ?", id).Error
			}},
			{"model update of findings", func() error {
				return db.Conn(ctx).Model(&store.Finding{}).Where("analysis_id = ?", id).Update("title", "t").Error
			}},
			{"triage decision", func() error {
				return db.Conn(ctx).Create(&store.TriageDecision{WorkspaceID: a.ws, ProjectKey: "p", Fingerprint: "f", State: "fixed", DecidedBy: store.NewID(), DecidedAt: time.Now()}).Error
			}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				// (on PostgreSQL the previous write's notification may
				// still be on its way, and forget this read once more)
				for start := time.Now(); ; time.Sleep(10 * time.Millisecond) {
					if _, err := a.svc.cachedAnalysis(ctx, a.ws, id); err != nil {
						t.Fatal(err)
					}
					if _, ok := a.svc.versions.analysis(a.ws, id); ok {
						break
					}
					if time.Since(start) > 5*time.Second {
						t.Fatal("a completed analysis was not cached")
					}
				}
				if err := tc.write(); err != nil {
					t.Fatal(err)
				}
				if _, ok := a.svc.versions.analysis(a.ws, id); ok {
					t.Fatal("still cached after the write")
				}
			})
		}
	})
}

// A running analysis' progress writes (scanProgress.report, the heartbeat,
// phases) forget only that analysis and its workspace's version, here and,
// through the notification, on every replica: the other analyses stay
// cached.
func TestVersionCacheProgressWritesForgetOnlyTheirAnalysis(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		a, hub := newAPIWithHub(t, db)
		kept := a.completed(t, map[string]string{"app/a.py": vulnPy})
		written := a.completed(t, map[string]string{"app/b.py": vulnPy})
		row, err := a.svc.store.AnalysisByID(ctx, written)
		if err != nil {
			t.Fatal(err)
		}
		cache := func() {
			t.Helper()
			for _, id := range []string{kept, written} {
				if _, err := a.svc.cachedAnalysis(ctx, a.ws, id); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := a.svc.cachedWorkspaceVersion(ctx, a.ws); err != nil {
				t.Fatal(err)
			}
		}
		// Every notification sent so far has arrived once a later one has.
		drain := func() {
			t.Helper()
			probe := "probe-" + store.NewID()
			ch, unsubscribe := hub.Subscribe(probe)
			defer unsubscribe()
			if err := hub.Publish(ctx, probe); err != nil {
				t.Fatal(err)
			}
			select {
			case <-ch:
			case <-time.After(5 * time.Second):
				t.Fatal("probe never arrived")
			}
		}
		// On PostgreSQL the analyses' own writes (completion, settlement)
		// may still be announced: cache until a drain leaves both cached.
		for start := time.Now(); ; time.Sleep(10 * time.Millisecond) {
			cache()
			drain()
			_, k := a.svc.versions.analysis(a.ws, kept)
			_, w := a.svc.versions.analysis(a.ws, written)
			if k && w {
				break
			}
			if time.Since(start) > 10*time.Second {
				t.Fatal("completed analyses were not cached")
			}
		}

		p := &scanProgress{s: a.svc, a: row}
		p.observe(scanner.Progress{FilesScanned: 7})
		if sent := p.report(ctx, -1); sent != 7 {
			t.Fatalf("report sent %d", sent)
		}
		drain() // every notification of the write has arrived
		if _, ok := a.svc.versions.analysis(a.ws, written); ok {
			t.Error("the analysis written to is still cached")
		}
		if _, ok := a.svc.versions.workspaceVersion(a.ws); ok {
			t.Error("its workspace's version is still cached")
		}
		if _, ok := a.svc.versions.analysis(a.ws, kept); !ok {
			t.Error("a progress write to another analysis forgot this one")
		}
	})
}

// Two replicas (on PostgreSQL two pools and two listeners; SQLite is one
// process): the summary, findings page and dashboard served from replica
// one's cache change as soon as a finding is triaged, through either.
func TestReportCacheTriageAcrossReplicas(t *testing.T) {
	dbtest.EachConfig(t, func(t *testing.T, cfg config.Config) {
		ctx := context.Background()
		dbA := dbtest.OpenConfig(t, cfg)
		m, err := migrate.New(dbA, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := m.Up(ctx); err != nil {
			t.Fatal(err)
		}
		hubA := notify.New(dbA, nil)
		hubA.Start(ctx)
		t.Cleanup(hubA.Stop)
		dbB, hubB := dbA, hubA // SQLite is one process
		if hubA.Cross() {
			dbB = dbtest.OpenConfig(t, cfg)
			hubB = notify.New(dbB, nil)
			hubB.Start(ctx)
			t.Cleanup(hubB.Stop)
		}
		hc := config.HTTP{BodyLimit: "1M", UploadLimit: "20M"}
		one := newAPIWith(t, dbA, hc, func(d *Deps) { d.Events = hubA })
		two := newAPIWith(t, dbB, hc, func(d *Deps) { d.Events = hubB })
		two.ws = one.ws
		waitLive(t, hubA)
		waitLive(t, hubB)
		id := one.completed(t, map[string]string{"app/a.py": vulnPy, "app/b.py": vulnPy})
		viewer, member := one.who("viewer"), one.who("member")
		paths := []string{
			"/api/v1/analyses/" + id + "/summary",
			"/api/v1/analyses/" + id + "/summary?file_kind=production",
			"/api/v1/analyses/" + id + "/findings?limit=50",
			"/api/v1/analyses/" + id + "/findings?limit=50&triage=open&file_kind=production",
			"/api/v1/dashboard",
		}
		get := func(a *api, path string) []byte {
			res := a.do(t, viewer, "GET", path, "", nil)
			b, _ := io.ReadAll(res.Body)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("GET %s: %d %s", path, res.StatusCode, b)
			}
			return b
		}
		findings := decode[Page[FindingView]](t, one.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/findings?limit=50", "", nil)).Items
		if len(findings) < 4 {
			t.Fatalf("want at least 4 findings, got %d", len(findings))
		}
		for i, via := range []*api{two, one} { // another replica, then the same one
			// Read until replica one serves from its cache (on PostgreSQL
			// the previous round's notifications may still arrive).
			before := map[string][]byte{}
			for start := time.Now(); ; time.Sleep(20 * time.Millisecond) {
				for _, p := range paths {
					before[p] = get(one, p)
				}
				_, okA := one.svc.versions.analysis(one.ws, id)
				_, okW := one.svc.versions.workspaceVersion(one.ws)
				if okA && okW {
					break
				}
				if time.Since(start) > 5*time.Second {
					t.Fatalf("replica one did not cache the analysis (%v) or the workspace version (%v)", okA, okW)
				}
			}
			for _, p := range paths {
				if again := get(one, p); !bytes.Equal(again, before[p]) {
					t.Fatalf("%s: two reads differ", p)
				}
			}
			res := via.do(t, member, "PATCH", "/api/v1/findings/"+findings[i].ID, "application/json", []byte(`{"state":"false_positive","reason":"fixture"}`))
			if res.StatusCode != http.StatusOK {
				t.Fatalf("triage: %d", res.StatusCode)
			}
			// Through the same replica at once; through another as soon as
			// the commit's notification arrives.
			deadline := time.Now().Add(5 * time.Second)
			if via == one {
				deadline = time.Now()
			}
			for _, p := range paths {
				var got []byte
				for {
					if got = get(one, p); !bytes.Equal(got, before[p]) {
						break
					}
					if time.Now().After(deadline) {
						t.Fatalf("%s still served as before the triage (via replica %d)", p, 2-i)
					}
					time.Sleep(20 * time.Millisecond)
				}
				// and it is what the other replica serves, once that one
				// has heard of the change too
				for start := time.Now(); ; time.Sleep(20 * time.Millisecond) {
					want := get(two, p)
					if bytes.Equal(got, want) {
						break
					}
					if time.Since(start) > 5*time.Second {
						t.Fatalf("%s: replica one serves\n%s\nreplica two\n%s", p, got, want)
					}
				}
			}
		}
	})
}

// waitLive waits for the hub's listener (PostgreSQL) to be connected.
// newAPIWithHub is newAPI whose service has a started notify hub (so its
// version cache is on), once the hub listens.
func newAPIWithHub(t *testing.T, db *database.DB) (*api, *notify.Hub) {
	t.Helper()
	hub := notify.New(db, nil)
	hub.Start(context.Background())
	t.Cleanup(hub.Stop)
	a := newAPIWith(t, db, config.HTTP{BodyLimit: "1M", UploadLimit: "20M"}, func(d *Deps) { d.Events = hub })
	waitLive(t, hub)
	return a, hub
}

func waitLive(t *testing.T, hub *notify.Hub) {
	t.Helper()
	for start := time.Now(); time.Since(start) < 10*time.Second; time.Sleep(10 * time.Millisecond) {
		if _, live := hub.Session(); live {
			return
		}
	}
	t.Fatal("the notify listener did not connect")
}

// The cached summary, dashboard and findings page go out with their
// length, and gzipped (from the page cache) to clients that accept it:
// the same JSON either way.
func TestCachedPagesEncoding(t *testing.T) {
	a := newAPI(t, dbtest.Open(t, database.SQLite))
	files := map[string]string{}
	for i := range 30 { // long paths: the summary's by_file makes it over 1 KiB
		files[fmt.Sprintf("app/services/payments/providers/legacy/module_%02d.py", i)] = vulnPy
	}
	id := a.completed(t, files)
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	get := func(path, ae string) (*http.Response, []byte) {
		req, _ := http.NewRequest("GET", a.srv.URL+path, nil)
		req.Header.Set(principaltest.Header, a.who("admin"))
		if ae != "" {
			req.Header.Set("Accept-Encoding", ae)
		}
		res, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %d %s", path, res.StatusCode, b)
		}
		return res, b
	}
	for _, path := range []string{
		"/api/v1/analyses/" + id + "/findings?limit=50",
		"/api/v1/analyses/" + id + "/summary",
		"/api/v1/analyses/" + id + "/summary?scope=all&top=30",
		"/api/v1/dashboard",
	} {
		t.Run(path, func(t *testing.T) {
			res, plain := get(path, "")
			if res.Header.Get("Content-Encoding") != "" || !json.Valid(plain) || res.ContentLength != int64(len(plain)) {
				t.Fatalf("plain: encoding %q, length %d of %d, %.100s", res.Header.Get("Content-Encoding"), res.ContentLength, len(plain), plain)
			}
			if len(plain) < pageGzipMin {
				t.Fatalf("fixture too small to be compressed: %d bytes", len(plain))
			}
			for range 2 { // made, then from the cache
				res, gz := get(path, "gzip, deflate")
				if res.Header.Get("Content-Encoding") != "gzip" || res.Header.Get("Vary") != "Accept-Encoding" {
					t.Fatalf("headers %v", res.Header)
				}
				zr, err := gzip.NewReader(bytes.NewReader(gz))
				if err != nil {
					t.Fatal(err)
				}
				got, err := io.ReadAll(zr)
				if err != nil || !bytes.Equal(got, plain) {
					t.Fatalf("gunzipped body differs (%v): %.100s", err, got)
				}
			}
		})
	}
}

// A client that has the current page gets 304 (after authorization);
// after a triage decision it gets the new page with a new tag.
func TestCachedPagesETag(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		a := newAPI(t, db)
		id := a.completed(t, map[string]string{"app/a.py": vulnPy, "app/b.py": vulnPy})
		viewer := a.who("viewer")
		paths := []string{
			"/api/v1/analyses/" + id + "/findings?limit=50",
			"/api/v1/analyses/" + id + "/summary",
			"/api/v1/dashboard",
		}
		tags := map[string]string{}
		for _, p := range paths {
			res := a.do(t, viewer, "GET", p, "", nil)
			tag := res.Header.Get("ETag")
			if res.StatusCode != 200 || !strings.HasPrefix(tag, `W/"`) || res.Header.Get("Cache-Control") != "private, no-cache" {
				t.Fatalf("%s: %d, ETag %q, Cache-Control %q", p, res.StatusCode, tag, res.Header.Get("Cache-Control"))
			}
			tags[p] = tag
			for _, tc := range []struct {
				inm  string
				want int
			}{
				{tag, 304},
				{`"other", ` + strings.TrimPrefix(tag, "W/"), 304},
				{"*", 304},
				{`W/"other"`, 200},
			} {
				if res := a.do(t, viewer, "GET", p, "", nil, "If-None-Match", tc.inm); res.StatusCode != tc.want {
					t.Fatalf("%s with If-None-Match %s: %d, want %d", p, tc.inm, res.StatusCode, tc.want)
				}
			}
		}
		// another workspace is refused before any tag is compared
		other := newAPI(t, db)
		if res := other.do(t, other.who("viewer"), "GET", paths[0], "", nil, "If-None-Match", tags[paths[0]]); res.StatusCode != 404 {
			t.Fatalf("another workspace: %d", res.StatusCode)
		}
		f := decode[Page[FindingView]](t, a.do(t, viewer, "GET", paths[0], "", nil)).Items[0]
		if res := a.do(t, a.who("member"), "PATCH", "/api/v1/findings/"+f.ID, "application/json", []byte(`{"state":"fixed","reason":"r"}`)); res.StatusCode != 200 {
			t.Fatalf("triage: %d", res.StatusCode)
		}
		for _, p := range paths {
			res := a.do(t, viewer, "GET", p, "", nil, "If-None-Match", tags[p])
			if res.StatusCode != 200 || res.Header.Get("ETag") == tags[p] {
				t.Fatalf("%s after triage: %d with tag %q (was %q)", p, res.StatusCode, res.Header.Get("ETag"), tags[p])
			}
		}
	})
}

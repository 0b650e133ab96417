package analysis

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"vigil/modules/analysis/scanner"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// While the scanner runs, "scanning" events count files up (throttled),
// between the phase events and in order.
func TestScanProgressCountsFiles(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		a := newAPI(t, db)
		a.svc.progressEvery = 5 * time.Millisecond
		files := map[string]string{}
		for i := range 300 {
			files[fmt.Sprintf("app/m%03d.py", i)] = vulnPy
		}
		id := a.completed(t, files)
		_, data := sse(t, a.do(t, a.who("viewer"), "GET", "/api/v1/analyses/"+id+"/events", "", nil).Body)
		var phases []string
		var counts []int
		last := -1
		for _, d := range data {
			var p progress
			if err := json.Unmarshal([]byte(d), &p); err != nil {
				t.Fatal(err)
			}
			phases = append(phases, p.Phase)
			if p.Phase != "scanning" || p.FilesScanned == 0 {
				continue
			}
			if p.FilesScanned <= last || p.FilesTotal != 300 || p.FilesScanned > 300 || p.Status != "running" {
				t.Fatalf("progress went %d → %+v", last, p)
			}
			last = p.FilesScanned
			counts = append(counts, p.FilesScanned)
		}
		if len(counts) == 0 {
			t.Fatalf("no file counts while scanning: %v", phases)
		}
		if phases[len(phases)-2] != "storing" || phases[len(phases)-1] != "completed" {
			t.Fatalf("a count came after the scan: %v", phases)
		}
		v, err := a.svc.Get(a.as("viewer"), id)
		if err != nil || v.FilesScanned != 300 {
			t.Fatalf("files_scanned %v %v", v, err)
		}
		t.Logf("%s: counts %v", db.Dialect(), counts)
	})
}

// The reporter only stores numbers from the scanner's callback and emits
// nothing when nothing changed. The test drives its ticks one by one and
// waits until each is handled, so no timing is involved.
func TestScanProgressThrottles(t *testing.T) {
	db := dbtest.Open(t, database.SQLite)
	a := newAPI(t, db)
	id := a.queued(t)
	ctx := context.Background()
	st, err := a.svc.store.AnalysisByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	ticks := make(chan time.Time)
	handled := make(chan struct{})
	a.svc.progressTicks = ticks
	a.svc.progressTicked = func() { handled <- struct{}{} }
	tick := func(n int) {
		t.Helper()
		for range n {
			select {
			case ticks <- time.Now():
			case <-time.After(10 * time.Second):
				t.Fatal("the reporter took no tick")
			}
			select {
			case <-handled:
			case <-time.After(10 * time.Second):
				t.Fatal("the reporter did not finish a tick")
			}
		}
	}
	scanning := func() []string {
		t.Helper()
		evs, err := a.svc.store.EventsAfter(ctx, id, 0, 100)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range evs {
			if e.Phase == "scanning" {
				out = append(out, e.Payload)
			}
		}
		return out
	}
	sp := a.svc.startProgress(ctx, st)
	tick(3)
	if got := scanning(); len(got) != 0 {
		t.Fatalf("nothing observed, yet sent %v", got)
	}
	for i := 1; i <= 1000; i++ {
		sp.observe(scannerProgress(i))
	}
	tick(3) // one change: one event, however many calls and ticks
	sp.halt()
	got := scanning()
	if len(got) != 1 || !strings.Contains(got[0], `"files_scanned":1000`) {
		t.Fatalf("scanning events %v", got)
	}
}

func scannerProgress(i int) scanner.Progress {
	return scanner.Progress{FilesSeen: 1000, FilesScanned: i, Findings: i / 2}
}

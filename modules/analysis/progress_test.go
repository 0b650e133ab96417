package analysis

import (
	"context"
	"encoding/json"
	"fmt"
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
// nothing when nothing changed.
func TestScanProgressThrottles(t *testing.T) {
	db := dbtest.Open(t, database.SQLite)
	a := newAPI(t, db)
	id := a.queued(t)
	st, err := a.svc.store.AnalysisByID(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	a.svc.progressEvery = 20 * time.Millisecond
	sp := a.svc.startProgress(context.Background(), st)
	time.Sleep(80 * time.Millisecond) // nothing observed: nothing sent
	for i := 1; i <= 1000; i++ {
		sp.observe(scannerProgress(i))
	}
	time.Sleep(80 * time.Millisecond) // one change: one event, however many calls
	sp.halt()
	evs, err := a.svc.store.EventsAfter(context.Background(), id, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	var scanning []string
	for _, e := range evs {
		if e.Phase == "scanning" {
			scanning = append(scanning, e.Payload)
		}
	}
	if len(scanning) != 1 {
		t.Fatalf("scanning events %v", scanning)
	}
}

func scannerProgress(i int) scanner.Progress {
	return scanner.Progress{FilesSeen: 1000, FilesScanned: i, Findings: i / 2}
}

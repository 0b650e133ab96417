package scanner

import (
	"context"
	"encoding/json"
	"os"
	"path"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestXfileLook: in the wave phase a file's analysis sees the summaries
// of files of earlier waves only, as with the waves run one after the
// other; one of an earlier wave not done yet is reported as missed.
func TestXfileLook(t *testing.T) {
	sum := map[string]map[string]*summary{"R": {"f": {}}}
	x := &xstate{sums: map[string]map[string]map[string]*summary{"early": sum, "same": sum, "late": sum, "loose": sum, "pending": sum}}
	if got := x.look("p", nil)("late"); got == nil {
		t.Fatal("outside the wave phase every summary is seen")
	}
	x.dag = &xdag{wave: map[string]int{"early": 0, "pending": 0, "p": 1, "same": 1, "late": 2},
		done: map[string]bool{"early": true, "same": true, "late": true},
		sums: map[string]map[string]map[string]*summary{"early": sum, "same": sum, "late": sum}}
	tests := []struct {
		file   string
		seen   bool
		missed bool
	}{
		{"early", true, false},
		{"pending", false, true},
		{"same", false, false},
		{"late", false, false},
		{"loose", false, false}, // in no wave: never analysed in it
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var missed []string
			got := x.look("p", &missed)(tt.file)
			if (got != nil) != tt.seen {
				t.Errorf("seen = %v, want %v", got != nil, tt.seen)
			}
			if slices.Contains(missed, tt.file) != tt.missed {
				t.Errorf("missed = %v, want it listed: %v", missed, tt.missed)
			}
		})
	}
}

// waitOr waits for ch, failing the test if it does not come (the
// schedule would then have waited for the whole wave before).
func waitOr(t *testing.T, ch <-chan struct{}, what string) bool {
	select {
	case <-ch:
		return true
	case <-time.After(30 * time.Second):
		t.Error(what)
		return false
	}
}

// TestXfileRunWavesNoBarrier: a file starts as soon as its callees are
// done, while a slow file of their wave still runs.
func TestXfileRunWavesNoBarrier(t *testing.T) {
	// a and slow are wave 0, b calls a (wave 1)
	x := &xstate{s: &scanState{opts: Options{Workers: 2}}, edges: map[string]map[string]bool{"b": {"a": true}}}
	bStarted := make(chan struct{})
	var mu sync.Mutex
	var order []string
	analyse := func(_ context.Context, _ *worker, p string, _ map[string]bool, look xlook) *xresult {
		switch p {
		case "slow":
			waitOr(t, bStarted, "b did not start before the slow file of the wave before was done")
		}
		mu.Lock()
		order = append(order, p)
		mu.Unlock()
		if p == "b" {
			if look("a") == nil {
				t.Error("b did not see a's summaries")
			}
			close(bStarted)
		}
		return &xresult{path: p, rules: map[string]*xrule{"R": {sums: map[string]*summary{"f": {}}}}}
	}
	out := x.runWaves(context.Background(), [][]string{{"a", "slow"}, {"b"}},
		func(string) map[string]bool { return map[string]bool{"R": true} }, analyse)
	if len(out) != 3 || !slices.Equal(order, []string{"a", "b", "slow"}) {
		t.Errorf("results %d, order %v; want 3, [a b slow]", len(out), order)
	}
	if x.dag != nil {
		t.Error("the wave phase's view was left behind")
	}
}

// TestXfileRunWavesMissed: an analysis that reaches a file of an earlier
// wave its edges do not show, before that file is done, is thrown away
// and run again once it is, so it sees the summaries it would have seen
// with the waves run one after the other.
func TestXfileRunWavesMissed(t *testing.T) {
	// t and q are wave 0, p calls q (wave 1) and reaches t unseen
	x := &xstate{s: &scanState{opts: Options{Workers: 2}}, edges: map[string]map[string]bool{"p": {"q": true}}}
	early := make(chan struct{})
	var once sync.Once
	sum := &summary{retSrc: []TraceStep{{Kind: "source"}}}
	var runs []bool // per analysis of p: t's summary seen
	analyse := func(_ context.Context, _ *worker, p string, _ map[string]bool, look xlook) *xresult {
		switch p {
		case "t":
			waitOr(t, early, "p was not analysed before t was done")
			return &xresult{path: p, rules: map[string]*xrule{"R": {sums: map[string]*summary{"src": sum}}}}
		case "p":
			seen := look("t")["R"]["src"] == sum
			runs = append(runs, seen)
			if !seen {
				once.Do(func() { close(early) })
			}
			return &xresult{path: p, rules: map[string]*xrule{"R": {usedExt: seen}}}
		}
		return &xresult{path: p}
	}
	before := xDagAgain.Load()
	out := x.runWaves(context.Background(), [][]string{{"q", "t"}, {"p"}},
		func(string) map[string]bool { return map[string]bool{"R": true} }, analyse)
	if !slices.Equal(runs, []bool{false, true}) {
		t.Errorf("p's analyses saw t's summary: %v, want [false true]", runs)
	}
	if out["p"] == nil || !out["p"].rules["R"].usedExt {
		t.Error("p's result is not that of the analysis that saw t's summary")
	}
	if n := xDagAgain.Load() - before; n != 1 {
		t.Errorf("%d analyses run again, want 1", n)
	}
}

// TestXfileWavesSameFindings: the cross-file cases, scanned as one tree,
// give the same findings, errors and notes with the waves scheduled by
// dependencies as with each wave run after the whole wave before.
func TestXfileWavesSameFindings(t *testing.T) {
	dir := path.Join(testdataDir, "xfile")
	scan := func(barriers bool) string {
		xBarriers = barriers
		defer func() { xBarriers = false }()
		// many workers: callers would run beside their callees if the
		// schedule let them
		return scanOutcome(t, dir, Options{Workers: 16})
	}
	with, without := scan(false), scan(true)
	if with != without {
		t.Errorf("findings differ:\n%s\nwith barriers:\n%s", with, without)
	}
	if !strings.Contains(with, "VGL-") {
		t.Error("no finding in the cross-file cases: nothing compared")
	}
}

// scanOutcome scans the tree at dir and returns its findings, file errors
// and notes as JSON, for tests that compare two ways of scanning it.
func scanOutcome(t *testing.T, dir string, opts Options) string {
	t.Helper()
	res, err := ScanFS(context.Background(), os.DirFS(dir), opts)
	if err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(struct {
		F []Finding
		E []FileError
		N []Note
	}{res.Findings, res.ParseErrors, res.Notes})
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

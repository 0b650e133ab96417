package scanner

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"
)

// budgetFile is a Python file with n views, each a command injection and
// an SQL injection through a loop, so that its data flow needs a few
// thousand units of work per view.
func budgetFile(n int) []byte {
	var b strings.Builder
	b.WriteString("import os\nimport sqlite3\nfrom flask import request\n\ncur = sqlite3.connect('x').cursor()\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "\n\ndef view%d():\n    c = request.args['c%d']\n    for j in range(3):\n        c = c + 'x'\n    os.system(c)\n    cur.execute(\"SELECT \" + c)\n    eval(request.args['e'])\n", i, i)
	}
	return []byte(b.String())
}

// outcome is what a scan said about its files: findings (rule and line)
// and file errors, sorted.
func outcome(res *Result) []string {
	var out []string
	for _, f := range res.Findings {
		out = append(out, fmt.Sprintf("finding %s %s:%d", f.RuleID, f.Location.Path, f.Location.StartLine))
	}
	for _, pe := range res.ParseErrors {
		out = append(out, "error "+pe.Path+": "+pe.Message)
	}
	sort.Strings(out)
	return out
}

// starve runs f with one P and busy goroutines competing for it: the
// analysis then takes several times as long as on a quiet machine.
func starve(f func()) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var stop atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x := 0
			for !stop.Load() {
				x++
			}
			_ = x
		}()
	}
	defer wg.Wait()
	defer stop.Store(true)
	f()
}

// TestWorkBudgetSameOnAnyMachine: a file cut short by its work budget
// gives the same findings and notes on a quiet machine and on a starved
// one (one core shared with busy goroutines), run after run. Under the
// old wall-clock budget where a file was cut depended on the load.
func TestWorkBudgetSameOnAnyMachine(t *testing.T) {
	fsys := fstest.MapFS{"app.py": {Data: budgetFile(40)}}
	scan := func(work int64) ([]string, time.Duration) {
		t.Helper()
		start := time.Now()
		res, err := ScanFS(context.Background(), fsys, Options{Config: &Config{}, Workers: 1, WorkBudget: work, FileTimeout: 10 * time.Minute})
		if err != nil {
			t.Fatal(err)
		}
		return outcome(res), time.Since(start)
	}
	full, _ := scan(-1)
	for _, line := range full {
		if strings.HasPrefix(line, "error ") {
			t.Fatalf("the unlimited scan was cut: %s", line)
		}
	}
	for _, work := range []int64{2500, 3500} {
		t.Run(fmt.Sprint(work), func(t *testing.T) {
			quiet, quietTook := scan(work)
			cut, found := false, 0
			for _, line := range quiet {
				cut = cut || strings.Contains(line, "stopped at the file's work budget")
				if strings.HasPrefix(line, "finding ") {
					found++
				}
			}
			if !cut || found == 0 || found >= len(full) {
				t.Fatalf("want a partial result cut by the work budget (%d of %d findings): %v", found, len(full), quiet)
			}
			var starved []string
			var starvedTook time.Duration
			starve(func() { starved, starvedTook = scan(work) })
			again, _ := scan(work)
			t.Logf("quiet %s, starved %s", quietTook.Round(time.Millisecond), starvedTook.Round(time.Millisecond))
			for name, got := range map[string][]string{"starved": starved, "again": again} {
				if strings.Join(got, "\n") != strings.Join(quiet, "\n") {
					t.Errorf("%s scan differs from the quiet one:\n%s\n--- quiet:\n%s", name, strings.Join(got, "\n"), strings.Join(quiet, "\n"))
				}
			}
		})
	}
}

// TestSafetyNetReportedDistinctly: the wall-clock safety net, which only
// a runaway reaches, is named as such, not as the work budget.
func TestSafetyNetReportedDistinctly(t *testing.T) {
	fsys := fstest.MapFS{"app.py": {Data: budgetFile(40)}}
	cases := []struct {
		name     string
		work     int64
		timeout  time.Duration
		want     string
		wantNone string
	}{
		{"work budget", 2500, 10 * time.Minute, "stopped at the file's work budget of 2500 units", "safety net"},
		{"safety net", -1, time.Nanosecond, "wall-clock safety net (a runaway", "work budget"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ScanFS(context.Background(), fsys, Options{Config: &Config{}, Workers: 1, WorkBudget: tc.work, FileTimeout: tc.timeout})
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(outcome(res), "\n")
			if !strings.Contains(got, tc.want) || strings.Contains(got, tc.wantNone) {
				t.Errorf("want %q and not %q in:\n%s", tc.want, tc.wantNone, got)
			}
		})
	}
}

package isolate

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"vigil/modules/analysis/scanner"
)

const sqli = `import sqlite3
from flask import request

def view():
    conn = sqlite3.connect("db")
    conn.execute("SELECT * FROM t WHERE id = " + request.args["id"])
`

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for p, data := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func newRunner(t *testing.T, o Options) *Runner {
	t.Helper()
	r, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func ruleHits(res *scanner.Result, path, rule string) int {
	n := 0
	for _, f := range res.Findings {
		if f.Location.Path == path && f.RuleID == rule {
			n++
		}
	}
	return n
}

func skipReason(res *scanner.Result, path string) string {
	for _, s := range res.Skipped {
		if s.Path == path {
			return s.Reason
		}
	}
	return ""
}

// TestScanInWorkerMatchesInProcess checks that the worker's result is the
// in-process scanner's, rules and all, and that progress streams back.
func TestScanInWorkerMatchesInProcess(t *testing.T) {
	dir := writeTree(t, map[string]string{"app.py": sqli, "lib/util.py": "def f():\n    return 1\n"})
	var progressed atomic.Int32
	start := time.Now()
	res, err := newRunner(t, Options{}).Scan(context.Background(), Request{Root: dir}, func(scanner.Progress) { progressed.Add(1) })
	isolated := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	want, err := scanner.Scan(context.Background(), dir, scanner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("two files: %s in a worker, %s in process", isolated.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	if len(res.Findings) != len(want.Findings) || len(res.Findings) == 0 {
		t.Fatalf("worker found %d findings, in-process %d (want the same, not 0)", len(res.Findings), len(want.Findings))
	}
	for i := range res.Findings {
		if res.Findings[i].Fingerprint != want.Findings[i].Fingerprint {
			t.Errorf("finding %d: fingerprint %s, in-process %s", i, res.Findings[i].Fingerprint, want.Findings[i].Fingerprint)
		}
	}
	if len(res.Rules) != len(want.Rules) {
		t.Errorf("result carries %d rules, in-process %d", len(res.Rules), len(want.Rules))
	}
	if res.Stats.FilesScanned != 2 || progressed.Load() < 2 {
		t.Errorf("files scanned %d, progress reports %d; want 2 and at least 2", res.Stats.FilesScanned, progressed.Load())
	}
}

// TestCrashedFileIsSkippedAndTheRestScanned: a file that kills the worker
// is named in the result and the scan finishes without it, whatever the
// kind of death and however many workers parse at once.
func TestCrashedFileIsSkippedAndTheRestScanned(t *testing.T) {
	cases := []struct {
		name    string
		poison  []string
		workers int
		reason  string
	}{
		{"segfault", []string{"segv.py"}, 1, "SIGSEGV"},
		{"killed", []string{"sigkill.py"}, 1, "SIGKILL"},
		{"two poisoned files among parallel workers", []string{"a/segv.py", "b/sigkill.py"}, 4, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"app.py": sqli, "z/app2.py": sqli}
			for _, p := range tc.poison {
				files[p] = "x = 1\n"
			}
			dir := writeTree(t, files)
			var starts atomic.Int32
			res, err := newRunner(t, Options{Started: func(int) { starts.Add(1) }}).Scan(context.Background(), Request{Root: dir, Workers: tc.workers}, nil)
			if err != nil {
				t.Fatal(err)
			}
			// each poisoned file kills one worker, once; parallel workers
			// may cost one more run to tell the culprits apart
			if n, most := int(starts.Load()), len(tc.poison)+2; n > most {
				t.Errorf("%d workers started, want at most %d: a crashing file was retried", n, most)
			}
			t.Logf("%d worker(s) started", starts.Load())
			for _, p := range tc.poison {
				why := skipReason(res, p)
				if !strings.HasPrefix(why, CrashedReason) || !strings.Contains(why, tc.reason) {
					t.Errorf("%s: skip reason %q, want %q naming %q", p, why, CrashedReason, tc.reason)
				}
			}
			for _, p := range []string{"app.py", "z/app2.py"} {
				if ruleHits(res, p, "VGL-PY-SQLI-001") == 0 {
					t.Errorf("%s: injection not found after the crash", p)
				}
			}
		})
	}
}

// TestStalledFileIsKilledAtTheBudget: a file that holds a worker in a
// call the scanner cannot interrupt is stopped at the per-file budget.
func TestStalledFileIsKilledAtTheBudget(t *testing.T) {
	dir := writeTree(t, map[string]string{"app.py": sqli, "stall.py": "x = 1\n"})
	start := time.Now()
	// 3 s: on a loaded machine a worker's first file (rules, parsers)
	// can take over a second, and a tighter budget skipped app.py too
	res, err := newRunner(t, Options{FileBudget: 3 * time.Second}).Scan(context.Background(), Request{Root: dir}, nil)
	took := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	if why := skipReason(res, "stall.py"); !strings.HasPrefix(why, StalledReason) {
		t.Errorf("stall.py: skip reason %q, want %q", why, StalledReason)
	}
	if ruleHits(res, "app.py", "VGL-PY-SQLI-001") == 0 {
		t.Errorf("app.py: injection not found (skip reason %q)", skipReason(res, "app.py"))
	}
	if took > 20*time.Second {
		t.Errorf("scan took %s with a 3 s budget", took)
	}
	t.Logf("stalled file skipped, scan done in %s", took.Round(time.Millisecond))
}

// TestLimitsEndRunawayWorkers: a worker that exhausts its CPU time or its
// address space dies alone; the file is skipped and the scan finishes.
func TestLimitsEndRunawayWorkers(t *testing.T) {
	cases := []struct {
		name, file string
		limits     Limits
	}{
		{"cpu", "stall.py", Limits{CPU: time.Second}},
		{"memory", "hog.py", Limits{Memory: 2 << 30}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeTree(t, map[string]string{"app.py": sqli, tc.file: "x = 1\n"})
			start := time.Now()
			res, err := newRunner(t, Options{Limits: tc.limits, FileBudget: time.Hour}).Scan(context.Background(), Request{Root: dir}, nil)
			if err != nil {
				t.Fatal(err)
			}
			why := skipReason(res, tc.file)
			if !strings.HasPrefix(why, CrashedReason) {
				t.Errorf("%s: skip reason %q, want %q", tc.file, why, CrashedReason)
			}
			if ruleHits(res, "app.py", "VGL-PY-SQLI-001") == 0 {
				t.Error("app.py: injection not found")
			}
			t.Logf("%s: %q after %s", tc.file, why, time.Since(start).Round(time.Millisecond))
		})
	}
}

// TestCancelStopsTheWorkerWithin2s: cancelling kills the worker at once,
// even while it burns CPU where no context is checked.
func TestCancelStopsTheWorkerWithin2s(t *testing.T) {
	dir := writeTree(t, map[string]string{"stall.py": "x = 1\n"})
	pids := make(chan int, 1)
	r := newRunner(t, Options{FileBudget: time.Hour, Started: func(pid int) { pids <- pid }})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := r.Scan(ctx, Request{Root: dir}, nil)
		done <- err
	}()
	pid := <-pids
	// wait until the worker burns CPU
	deadline := time.Now().Add(30 * time.Second)
	for cpuTicks(pid) < 20 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if cpuTicks(pid) < 20 {
		t.Fatal("the worker never got busy")
	}
	cancelled := time.Now()
	cancel()
	err := <-done
	stopped := time.Since(cancelled)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Scan = %v, want context.Canceled", err)
	}
	if _, err := os.Stat(filepath.Join("/proc", itoa(pid))); err == nil {
		t.Errorf("worker %d still exists after Scan returned", pid)
	}
	if stopped > 2*time.Second {
		t.Errorf("cancel took %s to stop the worker; want under 2 s", stopped)
	}
	t.Logf("cancel to worker gone (CPU idle): %s", stopped.Round(time.Millisecond))
}

// TestSandboxRefusesNetworkExecWritesAndOutsideReads probes the worker's
// confinement from inside it: each probe exits the worker (a crash the
// Runner reports) only if the forbidden action succeeded.
func TestSandboxRefusesNetworkExecWritesAndOutsideReads(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	secret := filepath.Join(t.TempDir(), "secret.key")
	if err := os.WriteFile(secret, []byte("k"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := []string{"PROBE_ADDR=" + ln.Addr().String(), "PROBE_FILE=" + secret}
	for _, probe := range []string{"probe-net.py", "probe-read.py", "probe-write.py", "probe-exec.py"} {
		t.Run(probe, func(t *testing.T) {
			dir := writeTree(t, map[string]string{probe: "x = 1\n"})
			res, err := newRunner(t, Options{Env: env}).Scan(context.Background(), Request{Root: dir}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if why := skipReason(res, probe); why != "" {
				t.Errorf("the forbidden action succeeded inside the worker: %s", why)
			}
		})
	}
}

// cpuTicks is the user+system CPU time of a process, in clock ticks.
func cpuTicks(pid int) int {
	b, err := os.ReadFile(filepath.Join("/proc", itoa(pid), "stat"))
	if err != nil {
		return 0
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	if len(f) < 13 {
		return 0
	}
	return atoi(f[11]) + atoi(f[12])
}

func itoa(n int) string { return strconv.Itoa(n) }

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// TestScanOneFile: a worker scanning one file may list its directory but
// reads only that file (the sandbox once refused the walk entirely).
func TestScanOneFile(t *testing.T) {
	dir := writeTree(t, map[string]string{"app.py": sqli, "probe-read.py": "x = 1\n"})
	res, err := newRunner(t, Options{}).Scan(context.Background(), Request{Root: filepath.Join(dir, "app.py")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Stats.FilesScanned != 1 || ruleHits(res, "app.py", "VGL-PY-SQLI-001") == 0 {
		t.Errorf("scanned %d file(s), findings %+v; want app.py's injection", res.Stats.FilesScanned, res.Findings)
	}
}

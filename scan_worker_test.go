package main

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"vigil/modules/analysis/scanner/isolate"
	"vigil/modules/analysis/scanner/pathological"
)

// TestMain serves `vigil scan-worker` when a scan under test (the server's
// analyses, `vigil scan`) starts this test binary as its worker, exactly
// as the vigil binary serves it in production.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == isolate.Command {
		if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
			os.Exit(exitCode(err))
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestServerStaysReadyThroughPathologicalUploads: a signed-up user uploads
// every pathological shape in every language (the 16,000-call chain that
// took the whole server down among them) to a real server; /healthz/ready
// answers 200 throughout, and the analysis completes naming the files its
// scanner refused.
func TestServerStaysReadyThroughPathologicalUploads(t *testing.T) {
	base := startServer(t)
	key := apiKey(t, base, "mallory@example.com", "analyze", "read")
	files := map[string]string{"app/views.py": "import os\n\ndef h(request):\n    os.system(request.args.get('c'))\n"}
	for _, f := range pathological.Corpus(16000) {
		files[f.Path] = string(f.Data)
	}
	dir := writeTree(t, files)

	var probes, notReady atomic.Int32
	stop := make(chan struct{})
	watched := make(chan struct{})
	go func() {
		defer close(watched)
		c := &http.Client{Timeout: 2 * time.Second}
		for {
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
			}
			probes.Add(1)
			res, err := c.Get(base + "/healthz/ready")
			if err != nil || res.StatusCode != http.StatusOK {
				notReady.Add(1)
				t.Logf("not ready: %v", err)
			}
			if err == nil {
				res.Body.Close()
			}
		}
	}()
	start := time.Now()
	out, errOut, err := runCapture(t, "scan", "--server", base, "--api-key", key, "--format", "json", "--fail-on", "none", dir)
	took := time.Since(start)
	close(stop)
	<-watched
	if err != nil {
		t.Fatalf("remote scan: %v\n%s", err, errOut)
	}
	t.Logf("%d files analysed in %s; %d readiness probes, %d not ready", len(files), took.Round(time.Millisecond), probes.Load(), notReady.Load())
	if notReady.Load() > 0 || probes.Load() == 0 {
		t.Errorf("%d of %d readiness probes failed during the analysis", notReady.Load(), probes.Load())
	}
	var rep struct {
		Findings []struct {
			Location struct{ Path string } `json:"location"`
		} `json:"findings"`
		Notes []struct{ Message string } `json:"notes"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	var notes []string
	for _, n := range rep.Notes {
		notes = append(notes, n.Message)
	}
	all := strings.Join(notes, "\n")
	for _, lang := range pathological.Languages() {
		for _, f := range pathological.Corpus(1) {
			if f.Lang == lang && f.Shape == "chain" && !strings.Contains(all, f.Path+" skipped: syntax tree too deep") {
				t.Errorf("%s not named as skipped in the notes:\n%s", f.Path, all)
			}
		}
	}
	found := false
	for _, f := range rep.Findings {
		found = found || f.Location.Path == "app/views.py"
	}
	if !found {
		t.Error("no finding in app/views.py")
	}
}

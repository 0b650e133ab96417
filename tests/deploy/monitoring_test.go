package deploy_test

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestComposeMonitoringProfile checks that Prometheus and Grafana exist
// only in the monitoring profile and get their provisioned files.
func TestComposeMonitoringProfile(t *testing.T) {
	plain, err := loadCompose(t, requiredEnv)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"prometheus", "grafana"} {
		if _, err := plain.GetService(name); err == nil {
			t.Errorf("%s runs without the monitoring profile", name)
		}
	}
	p, err := loadCompose(t, requiredEnv, "monitoring")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"prometheus": "/etc/prometheus/prometheus.yml",
		"grafana":    "/var/lib/grafana/dashboards/vigil.json",
	}
	for name, target := range want {
		s, err := p.GetService(name)
		if err != nil {
			t.Errorf("%s missing from the monitoring profile: %v", name, err)
			continue
		}
		if s.HealthCheck == nil {
			t.Errorf("%s has no healthcheck", name)
		}
		found := false
		for _, v := range s.Volumes {
			if v.Target == target {
				found = true
				if _, err := os.Stat(v.Source); err != nil {
					t.Errorf("%s mounts a missing file: %v", name, err)
				}
			}
		}
		if !found {
			t.Errorf("%s does not mount %s", name, target)
		}
	}
}

var (
	promName     = regexp.MustCompile(`\b(?:vigil|go|process)_[a-z0-9_]+\b|\bup\b`)
	declaredName = regexp.MustCompile(`(?:Name:\s*|NewDesc\()"(vigil_[a-z0-9_]+)"`)
	exposedName  = regexp.MustCompile(`(?m)^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) `)
)

// TestDashboardQueriesExportedMetrics checks that every metric the
// provisioned Grafana dashboard queries is one the binary exports: seen on
// the /metrics of a running server, or declared in the code for metrics
// that appear only once something happened (AI calls, breaker states).
func TestDashboardQueriesExportedMetrics(t *testing.T) {
	root := repoRoot(t)
	raw, err := os.ReadFile(filepath.Join(root, "configs/grafana/vigil.json"))
	if err != nil {
		t.Fatal(err)
	}
	var dash struct {
		UID    string `json:"uid"`
		Panels []struct {
			Title   string `json:"title"`
			Type    string `json:"type"`
			Targets []struct {
				Expr string `json:"expr"`
			} `json:"targets"`
		} `json:"panels"`
	}
	if err := json.Unmarshal(raw, &dash); err != nil {
		t.Fatalf("dashboard is not JSON: %v", err)
	}
	queried := map[string][]string{}
	for _, p := range dash.Panels {
		if p.Type != "row" && len(p.Targets) == 0 {
			t.Errorf("panel %q has no query", p.Title)
		}
		for _, tg := range p.Targets {
			for _, m := range promName.FindAllString(tg.Expr, -1) {
				queried[m] = append(queried[m], p.Title)
			}
		}
	}

	exported := map[string]bool{"up": true} // Prometheus adds it per target
	for _, m := range exposedName.FindAllStringSubmatch(scrapeMetrics(t), -1) {
		exported[m[1]] = true
	}
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == ".git" || d.Name() == "frontend") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range declaredName.FindAllStringSubmatch(string(b), -1) {
			exported[m[1]] = true
		}
		return nil
	})
	for name, panels := range queried {
		base := name
		for _, suf := range []string{"_bucket", "_sum", "_count"} {
			if b, ok := strings.CutSuffix(name, suf); ok && exported[b] {
				base = b
			}
		}
		if !exported[base] {
			t.Errorf("dashboard panel(s) %q query %s, which the binary does not export", panels, name)
		}
	}
	// The areas the issue names each have a panel.
	for _, want := range []string{"vigil_http_requests_total", "vigil_http_request_duration_seconds_bucket", "vigil_jobs",
		"vigil_ai_calls_total", "vigil_ai_tokens_total", "vigil_ai_cost_usd_total", "vigil_ai_breaker_state",
		"go_sql_in_use_connections", "vigil_credits_ledger_drift_workspaces",
		"vigil_analyses_finished_total", "vigil_analysis_duration_seconds_bucket", "vigil_credits_sold_total", "vigil_credits_spent_total"} {
		if len(queried[want]) == 0 {
			t.Errorf("no panel queries %s", want)
		}
	}
}

// scrapeMetrics starts the binary on a fresh SQLite directory, sends it one
// request and returns its /metrics page.
func scrapeMetrics(t *testing.T) string {
	t.Helper()
	bin := vigilBinary(t)
	port := freePort(t)
	dir := t.TempDir()
	cmd := exec.Command(bin, "serve")
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "VIGIL_DATA_DIR=" + dir,
		fmt.Sprintf("VIGIL_HTTP_ADDR=127.0.0.1:%d", port), "VIGIL_LOG_LEVEL=error"}
	var logs strings.Builder
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Signal(syscall.SIGTERM); _ = cmd.Wait() }()
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(base + "/healthz/ready")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("server not ready: %v\n%s", err, logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("/metrics: %d %s", resp.StatusCode, b)
	}
	return string(b)
}
